// Every published figure in scenarios/calibration/ says what it is evidence of (docs/validation.md): a basis,
// and for a fitted figure or an input echo a note naming the constants or inputs it rests on, so the report
// never shows a fitted figure as an unmarked pass.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenarioFiles } from '../../src/cli/findScenarioFiles';
import { loadScenario, SCENARIO_ROOT } from './scenarioFiles';

const CALIBRATION_FILES = findScenarioFiles(join(SCENARIO_ROOT, 'calibration'));

describe('calibration figures', () => {
  it('exist', () => {
    expect(CALIBRATION_FILES.length).toBeGreaterThan(0);
  });

  it.each(CALIBRATION_FILES)('%s: every matches assertion states its basis', (file) => {
    const problems = (loadScenario(file).expect ?? []).flatMap((assertion, index) => {
      if (assertion.type !== 'matches') return [];
      if (assertion.basis === undefined) return [`[${index}] ${assertion.label}: no basis`];
      if (assertion.basis !== 'prediction' && assertion.basisNote === undefined)
        return [`[${index}] ${assertion.label}: ${assertion.basis} without a basisNote`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});
