// Calibration and peer scenarios configure every model and device from the catalogue: a figure a preset
// sets may be typed only with a stated reason (customValues), and a model or device a published case names
// must be applied as its preset (done-when line 1 of issue 10).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenarioFiles } from '../../src/cli/findScenarioFiles';
import { CATALOGUE_IDS } from '../../src/core/models/catalogue';
import { HARDWARE_PRESETS } from '../../src/core/presets/hardware';
import type { Scenario } from '../../src/core/scenario/types';
import { NAMED_ENTRIES, NOT_RUN } from './namedInCases';
import { customValueProblems, namedPresetProblems } from './presetCoverage';
import { loadScenario, SCENARIO_ROOT } from './scenarioFiles';

const FILES = ['calibration', 'peers'].flatMap((folder) => findScenarioFiles(join(SCENARIO_ROOT, folder)));
const CASE_FILES = ['docs/published/published-cases.json', 'docs/published/published-cases-2.json'];

interface PublishedCase {
  id: string;
  setting?: unknown;
}
const CASES: readonly PublishedCase[] = CASE_FILES.flatMap(
  (file) => (JSON.parse(readFileSync(file, 'utf8')) as { cases: PublishedCase[] }).cases,
);

/** The cases a scenario compares (`matches`) or configures without a comparable figure (`notComparable`). */
const caseIdsOf = (scenario: Scenario) =>
  new Set([
    ...(scenario.expect ?? []).flatMap((assertion) => ('caseId' in assertion ? [assertion.caseId] : [])),
    ...(scenario.notComparable ?? []).map((entry) => entry.caseId),
  ]);

/** A scenario as the schema would return it, for the rule tests. */
const fake = (fields: Partial<Scenario>): Scenario => ({ ...loadScenario(FILES[0] ?? ''), ...fields });

describe('calibration scenarios take models and devices from the catalogue', () => {
  it.each(FILES)('%s types no model or device figure without a reason', (file) => {
    expect(customValueProblems(loadScenario(file))).toEqual([]);
  });

  it.each(FILES)('%s applies the preset of every model and device its published case names', (file) => {
    const scenario = loadScenario(file);
    const problems = CASES.filter((entry) => caseIdsOf(scenario).has(entry.id)).flatMap((entry) =>
      namedPresetProblems(
        scenario,
        JSON.stringify(entry.setting ?? {}),
        NAMED_ENTRIES,
        NOT_RUN[entry.id],
      ).map((problem) => `${entry.id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('maps every name to catalogue entries that exist', () => {
    const devices = Object.keys(HARDWARE_PRESETS);
    for (const entry of NAMED_ENTRIES)
      for (const id of entry.ids)
        expect(entry.group === 'model' ? CATALOGUE_IDS : devices, `${entry.name}: ${id}`).toContain(id);
    for (const [caseId, names] of Object.entries(NOT_RUN)) {
      expect(CASES.map((entry) => entry.id)).toContain(caseId);
      for (const name of Object.keys(names)) expect(NAMED_ENTRIES.map((entry) => entry.name)).toContain(name);
    }
  });

  it('flags a typed figure without a reason, a stale reason, and a named model run as custom', () => {
    const typed = fake({
      params: { 'model.parameterCount': 8e9, 'hardware.memoryGB': 80 },
      variants: undefined,
    });
    expect(customValueProblems({ ...typed, customValues: undefined })).toHaveLength(2);
    const stale = {
      ...typed,
      params: {},
      customValues: { 'hardware.memoryGB': 'a reason long enough here' },
    };
    expect(customValueProblems(stale)).toHaveLength(1);
    const custom = { ...typed, presets: { hardware: 'H100_SXM' }, variants: undefined };
    expect(namedPresetProblems(custom, '{"model":"Llama 3.1 8B on one H100"}', NAMED_ENTRIES)).toEqual([
      'the case names Llama 3 / 3.1 8B; apply presets.model llama-3-8b',
    ]);
    expect(
      namedPresetProblems(
        { ...custom, presets: { model: 'llama-3-8b', hardware: 'H100_SXM' } },
        '{"model":"Llama 3.1 8B on one H100"}',
        NAMED_ENTRIES,
      ),
    ).toEqual([]);
  });
});
