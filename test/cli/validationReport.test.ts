// The validation report: grouped by area in the published-cases order, model versus published with ratio and
// verdict, the documented reason for each miss, uncovered cases, and files that could not be checked.
import { describe, expect, it } from 'vitest';
import type { FileCheck } from '../../src/cli/checkFile';
import { renderValidationReport, summarize, summaryLine, UNKNOWN_AREA } from '../../src/cli/validationReport';
import type { AssertionOutcome } from '../../src/core/scenario/check';
import { parseScenario } from '../../src/core/scenario/parse';
import { minimalScenario } from '../core/scenario/fixtures';

const matches = (caseId: string, label: string, published: number, extra: Record<string, unknown> = {}) => ({
  type: 'matches',
  caseId,
  label,
  metric: 'stepTimeS',
  where: {},
  published,
  tolerance: { relative: 0.1 },
  ...extra,
});

function checkedFile(assertions: unknown[], models: number[], passed: boolean[]): FileCheck {
  const outcome = parseScenario(minimalScenario({ expect: assertions }));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const outcomes: AssertionOutcome[] = models.map((model, index) => ({
    index,
    type: 'matches',
    description: '',
    passed: passed[index] ?? false,
    detail: `model ${model}`,
    values: { model },
  }));
  return { file: 'scenarios/calibration/test.json', status: 'checked', scenario: outcome.scenario, outcomes };
}

const CASES = [
  { id: 'case-b', area: 'area/two', source: 'Source B' },
  { id: 'case-a', area: 'area/one', source: 'Source A' },
  { id: 'case-c', area: 'area/one', source: 'Source | C' },
];

const checks: FileCheck[] = [
  checkedFile(
    [
      matches('case-a', 'figure a', 2, { missReason: 'a known gap' }),
      matches('case-b', 'figure b', 4),
      matches('case-z', 'figure z', 1),
    ],
    [3, 4, 1],
    [false, true, true],
  ),
  {
    file: 'scenarios/calibration/bad.json',
    status: 'invalid',
    errors: [{ path: 'seed', message: 'must be a string' }],
  },
];

describe('validation report', () => {
  const text = renderValidationReport({ checks, cases: CASES });

  it('groups by area in the order of the published cases, unknown case ids last', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## area/two',
      '## area/one',
      `## ${UNKNOWN_AREA}`,
      '## Published cases no scenario covers yet',
      '## Scenario files that could not be checked',
    ]);
  });

  it('shows model, published, ratio, tolerance and verdict, and the reason for a miss', () => {
    expect(text).toContain('| case-a | figure a | stepTimeS | 3 | 2 | 1.5 | within ±10% | **FAIL** |');
    expect(text).toContain('| case-b | figure b | stepTimeS | 4 | 4 | 1 | within ±10% | PASS |');
    expect(text).toContain('- case-a, figure a: a known gap');
  });

  it('lists uncovered cases and files that could not be checked', () => {
    expect(text).toContain('- case-c (area/one): Source \\| C');
    expect(text).toContain('- scenarios/calibration/bad.json: seed: must be a string');
  });

  it('says so when the published cases are missing, and still reports the entries', () => {
    const missing = renderValidationReport({ checks, cases: undefined, casesProblem: 'file not found' });
    expect(missing).toContain('could not be read (file not found)');
    expect(missing).toContain('| case-a | figure a |');
  });

  it('summarises the counts', () => {
    expect(summaryLine(summarize({ checks, cases: CASES }))).toBe(
      '2 passed, 1 failed; 2 of 3 published cases covered; 1 scenario file(s) could not be checked',
    );
  });

  it('is deterministic', () => {
    expect(renderValidationReport({ checks, cases: CASES })).toBe(text);
  });
});
