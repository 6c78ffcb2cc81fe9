// The provenance of fitted constants holds for the real scenarios (docs/scenario-format.md, "Fitted
// constants"): no figure a constant was fitted from is counted as a prediction. The rule is shown to fail too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenarioFiles } from '../../src/cli/findScenarioFiles';
import { type ProvenanceFigure, provenanceProblems } from '../../src/cli/fittedProvenance';
import { FITTED_CONSTANTS, type FittedConstant } from '../../src/core/calibration/fittedConstants';
import { loadScenario, SCENARIO_ROOT } from './scenarioFiles';

const FOLDERS = ['calibration', 'peers'].map((folder) => join(SCENARIO_ROOT, folder)).filter(existsSync);

const FIGURES: ProvenanceFigure[] = FOLDERS.flatMap(findScenarioFiles).flatMap((file) =>
  (loadScenario(file).expect ?? []).flatMap((assertion) =>
    assertion.type === 'matches'
      ? [{ caseId: assertion.caseId, label: assertion.label, basis: assertion.basis ?? 'unstated', file }]
      : [],
  ),
);

const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

describe('fitted-constant provenance', () => {
  it('holds for every calibration and peer scenario', () => {
    expect(FIGURES.length).toBeGreaterThan(0);
    expect(provenanceProblems(FITTED_CONSTANTS, FIGURES, readText)).toEqual([]);
  });

  const figure = (label: string, basis: string): ProvenanceFigure => ({
    caseId: 'case-a',
    label,
    basis,
    file: 'a.json',
  });
  const constant = (fittedFrom: FittedConstant['fittedFrom']): FittedConstant => ({
    name: 'ALPHA',
    file: 'alpha.ts',
    fittedFrom,
  });
  const text = () => 'export const ALPHA = 1;';

  it('fails when a figure a constant was fitted from is marked prediction', () => {
    const problems = provenanceProblems(
      [constant([{ caseId: 'case-a', label: 'one' }])],
      [figure('one', 'prediction')],
      text,
    );
    expect(problems).toEqual(['a.json: "one" is marked prediction but ALPHA was fitted from it']);
  });

  it('fails for a whole-case reference when any figure of the case is a prediction', () => {
    const problems = provenanceProblems(
      [constant([{ caseId: 'case-a' }])],
      [figure('one', 'fitted'), figure('two', 'prediction')],
      text,
    );
    expect(problems).toEqual(['a.json: "two" is marked prediction but ALPHA was fitted from it']);
  });

  it('fails when a fitted figure has no constant, a reference names nothing, or a name left its file', () => {
    expect(provenanceProblems([], [figure('one', 'fitted')], text)).toHaveLength(1);
    expect(provenanceProblems([constant([{ caseId: 'case-b' }])], [], text)).toEqual([
      'ALPHA is fitted from case-b, which no figure is',
    ]);
    expect(
      provenanceProblems([constant([{ caseId: 'case-a' }])], [figure('one', 'fitted')], () => 'BETA'),
    ).toEqual(['ALPHA: "ALPHA" is not in alpha.ts']);
  });

  it('passes a prediction of the same case fitted from another of its figures', () => {
    const problems = provenanceProblems(
      [constant([{ caseId: 'case-a', label: 'one' }])],
      [figure('one', 'fitted'), figure('two', 'prediction')],
      text,
    );
    expect(problems).toEqual([]);
  });
});
