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
  { id: 'case-c', area: 'area/one', source: 'Source | C', uncoveredReason: 'no setup | yet' },
];

const checks: FileCheck[] = [
  checkedFile(
    [
      matches('case-a', 'figure a', 2, { missReason: 'a known gap', basis: 'prediction' }),
      matches('case-b', 'figure b', 4, { basis: 'fitted', basisNote: 'the constant k is chosen from it' }),
      matches('case-z', 'figure z', 1),
      matches('case-b', 'figure b2', 8, { basis: 'fitted', basisNote: 'the constant k is chosen from it' }),
      matches('case-a', 'figure c', 5, { basis: 'input-echo', basisNote: 'c is the published constant' }),
      matches('case-a', 'figure c2', 6, { basis: 'input-echo' }),
    ],
    [3, 4, 1, 8, 5, 6],
    [false, true, true, true, true, true],
  ),
  {
    file: 'scenarios/calibration/bad.json',
    status: 'invalid',
    errors: [{ path: 'seed', message: 'must be a string' }],
  },
];

describe('validation report', () => {
  const text = renderValidationReport({ checks, cases: CASES });

  it('leads with the error by area and the fitted constants, then groups by area in the order of the published cases, unknown case ids last', () => {
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Out-of-sample error by area',
      '## Fitted constants and leave-one-case-out refits',
      '## area/two',
      '## area/one',
      `## ${UNKNOWN_AREA}`,
      '## Published cases no scenario covers yet',
      '## Scenario files that could not be checked',
    ]);
  });

  it('shows basis, model, published, ratio, tolerance and verdict, and the reason for a miss', () => {
    expect(text).toContain(
      '| case | figure | metric | basis | model | published | model / published | tolerance | result |',
    );
    expect(text).toContain(
      '| case-a | figure a | stepTimeS | prediction | 3 | 2 | 1.5 | within ±10% | **FAIL** |',
    );
    expect(text).toContain('| case-b | figure b | stepTimeS | fitted | 4 | 4 | 1 | within ±10% | PASS |');
    expect(text).toContain('| case-a | figure c | stepTimeS | input echo | 5 | 5 | 1 | within ±10% | PASS |');
    expect(text).toContain('- case-a, figure a: a known gap');
  });

  it('shows "unstated" for an assertion without a basis', () => {
    expect(text).toContain('| case-z | figure z | stepTimeS | unstated | 1 | 1 | 1 | within ±10% | PASS |');
  });

  it('states each basis note once for the figures of a case that share it', () => {
    const notes = text.split('\n').filter((line) => line.includes('the constant k is chosen from it'));
    expect(notes).toEqual(['- case-b, figure b; figure b2 (fitted): the constant k is chosen from it']);
    expect(text).toContain('- case-a, figure c (input echo): c is the published constant');
  });

  it('explains the bases before the summary', () => {
    const explanation = text.indexOf('Only predictions are independent evidence');
    expect(explanation).toBeGreaterThan(0);
    expect(explanation).toBeLessThan(text.indexOf('Summary: '));
  });

  it('lists uncovered cases and files that could not be checked', () => {
    expect(text).toContain('- case-c (area/one): Source \\| C. Not covered: no setup \\| yet');
    expect(text).toContain('- scenarios/calibration/bad.json: seed: must be a string');
  });

  it('says so when the published cases are missing, and still reports the entries', () => {
    const missing = renderValidationReport({ checks, cases: undefined, casesProblem: 'file not found' });
    expect(missing).toContain('could not be read (file not found)');
    expect(missing).toContain('| case-a | figure a |');
  });

  it('summarises the counts, passes by basis', () => {
    expect(summaryLine(summarize({ checks, cases: CASES }))).toBe(
      '5 passed (2 fitted, 2 input echoes, 1 unstated), 1 failed; 2 of 3 published cases compared, 0 configured without a comparable figure, 1 not covered; 1 scenario file(s) could not be checked',
    );
  });

  it('names the bases in the singular for one pass and leaves out bases with none', () => {
    const single = [checkedFile([matches('case-a', 'figure a', 2, { basis: 'prediction' })], [2], [true])];
    expect(summaryLine(summarize({ checks: single, cases: CASES }))).toBe(
      '1 passed (1 prediction), 0 failed; 1 of 3 published cases compared, 0 configured without a comparable figure, 2 not covered',
    );
    const none = [checkedFile([matches('case-a', 'figure a', 2)], [3], [false])];
    expect(summaryLine(summarize({ checks: none, cases: CASES }))).toBe(
      '0 passed, 1 failed; 1 of 3 published cases compared, 0 configured without a comparable figure, 2 not covered',
    );
  });

  it('is deterministic', () => {
    expect(renderValidationReport({ checks, cases: CASES })).toBe(text);
  });

  describe('cases configured from presets with no comparable figure', () => {
    const notComparable = (caseId: string, reason = 'the figure counts virtual clients') => ({
      caseId,
      reason,
      computed: [{ label: 'round time', metric: 'stepTimeS', where: {} }],
    });
    function configuredFile(entries: unknown[], values: number[], assertions: unknown[] = []): FileCheck {
      const outcome = parseScenario(minimalScenario({ expect: assertions, notComparable: entries }));
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      return {
        file: 'scenarios/calibration/configured.json',
        status: 'checked',
        scenario: outcome.scenario,
        outcomes: [],
        notComparable: (outcome.scenario.notComparable ?? []).map((entry, index) => ({
          caseId: entry.caseId,
          reason: entry.reason,
          computed: [{ label: 'round time', metric: 'stepTimeS', value: values[index] ?? 0 }],
        })),
      };
    }
    const withConfigured = [...checks, configuredFile([notComparable('case-c')], [42])];
    const report = renderValidationReport({ checks: withConfigured, cases: CASES });

    it('lists the case in its own section with the file, the model value and the reason, not as uncovered', () => {
      const section = report.slice(
        report.indexOf('## Cases configured from presets with no comparable figure'),
      );
      expect(section).toContain('- case-c (area/one): Source \\| C');
      expect(section).toContain('  - Scenario: scenarios/calibration/configured.json');
      expect(section).toContain('  - The model computes:\n    - round time: 42 (stepTimeS)\n');
      expect(section).toContain('  - Not comparable: the figure counts virtual clients');
      const uncovered = report.slice(report.indexOf('## Published cases no scenario covers yet'));
      expect(uncovered).not.toContain('case-c');
      expect(report.indexOf('## Cases configured')).toBeLessThan(report.indexOf('## Published cases no'));
    });

    it('counts it apart, never as compared or passed, and leaves the tables alone', () => {
      const summary = summarize({ checks: withConfigured, cases: CASES });
      expect(summary.coveredCaseCount).toBe(2);
      expect(summary.configuredCaseCount).toBe(1);
      expect(summary.passed).toBe(5);
      expect(summaryLine(summary)).toContain(
        '2 of 3 published cases compared, 1 configured without a comparable figure, 0 not covered',
      );
      expect(report).not.toContain('| case-c |');
    });

    it('counts a case compared elsewhere as compared, not as configured', () => {
      const both = [...checks, configuredFile([notComparable('case-a')], [1])];
      const summary = summarize({ checks: both, cases: CASES });
      expect(summary.coveredCaseCount).toBe(2);
      expect(summary.configuredCaseCount).toBe(0);
      expect(renderValidationReport({ checks: both, cases: CASES })).not.toContain('## Cases configured');
    });

    it('requires a reason, naming the field', () => {
      const outcome = parseScenario(
        minimalScenario({ notComparable: [{ caseId: 'case-c', computed: notComparable('x').computed }] }),
      );
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.errors.map((error) => error.path)).toContain('notComparable[0].reason');
      const empty = parseScenario(minimalScenario({ notComparable: [notComparable('case-c', '')] }));
      expect(empty.ok).toBe(false);
      if (!empty.ok) expect(empty.errors[0]?.message).toContain('non-empty string');
    });

    it('refuses an unknown metric, a duplicate case and a case the same file compares', () => {
      const paths = (extra: Record<string, unknown>) => {
        const outcome = parseScenario(minimalScenario(extra));
        return outcome.ok ? [] : outcome.errors.map((error) => `${error.path}: ${error.message}`);
      };
      const badMetric = {
        ...notComparable('case-c'),
        computed: [{ label: 'x', metric: 'noSuchMetric', where: {} }],
      };
      expect(paths({ notComparable: [badMetric] })[0]).toMatch(
        /^notComparable\[0\]\.computed\[0\]\.metric: unknown metric/,
      );
      expect(paths({ notComparable: [notComparable('case-c'), notComparable('case-c')] })).toEqual([
        'notComparable[1].caseId: case "case-c" is already listed; list each case once',
      ]);
      expect(
        paths({ expect: [matches('case-c', 'f', 1)], notComparable: [notComparable('case-c')] })[0],
      ).toMatch(/^notComparable\[0\]\.caseId: case "case-c" is compared by a "matches" assertion/);
    });
  });
});
