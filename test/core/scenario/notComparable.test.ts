// What the model computes for a case listed as not comparable: the value at the selected row, the reason the
// row is infeasible when it is, and the problem when there is no value; nothing passes or fails.
import { describe, expect, it } from 'vitest';
import { readNotComparable } from '../../../src/core/scenario/notComparable';
import { parseScenario } from '../../../src/core/scenario/parse';
import type { Scenario } from '../../../src/core/scenario/types';
import { minimalScenario, result, row } from './fixtures';

const AXIS = 'network.uploadMbps';

function scenarioWith(computed: unknown[]): Scenario {
  const outcome = parseScenario(
    minimalScenario({
      sweep: { axes: [{ path: AXIS, values: [10, 100] }] },
      notComparable: [{ caseId: 'case-x', reason: 'a population, not a time', computed }],
    }),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.scenario;
}

describe('readNotComparable', () => {
  const rows = result([row('base', { [AXIS]: 10 }, { stepTimeS: 4 }), row('base', { [AXIS]: 100 }, {})]);

  it('reads each value at its row, with the case and reason', () => {
    const scenario = scenarioWith([
      { label: 'slow link', metric: 'stepTimeS', where: { point: { [AXIS]: 10 } } },
    ]);
    expect(readNotComparable(scenario, rows)).toEqual([
      {
        caseId: 'case-x',
        reason: 'a population, not a time',
        computed: [{ label: 'slow link', metric: 'stepTimeS', value: 4 }],
      },
    ]);
  });

  it('says why a value is missing and why a row is infeasible', () => {
    const scenario = scenarioWith([
      { label: 'fast', metric: 'stepTimeS', where: { point: { [AXIS]: 100 } } },
    ]);
    const infeasible = result([
      row('base', { [AXIS]: 10 }, { stepTimeS: 4 }),
      {
        ...row('base', { [AXIS]: 100 }, { stepTimeS: 2 }),
        result: {
          ...row('base', {}, { stepTimeS: 2 }).result,
          feasible: false,
          infeasibleReasons: ['no memory'],
        },
      },
    ]);
    expect(readNotComparable(scenario, rows)[0]?.computed[0]?.problem).toBe(
      'stepTimeS is not reported at network.uploadMbps = 100',
    );
    expect(readNotComparable(scenario, infeasible)[0]?.computed[0]).toEqual({
      label: 'fast',
      metric: 'stepTimeS',
      value: 2,
      infeasibleReason: 'no memory',
    });
  });

  it('gives nothing for a scenario without the field', () => {
    const outcome = parseScenario(minimalScenario());
    if (!outcome.ok) throw new Error('fixture');
    expect(readNotComparable(outcome.scenario, rows)).toEqual([]);
  });

  it('divides by a second row when asked, and says when either row has no value', () => {
    const scenario = scenarioWith([
      {
        label: 'speed-up',
        metric: 'stepTimeS',
        where: { point: { [AXIS]: 10 } },
        dividedBy: { point: { [AXIS]: 100 } },
      },
    ]);
    const both = result([
      row('base', { [AXIS]: 10 }, { stepTimeS: 6 }),
      row('base', { [AXIS]: 100 }, { stepTimeS: 2 }),
    ]);
    expect(readNotComparable(scenario, both)[0]?.computed[0]).toEqual({
      label: 'speed-up',
      metric: 'stepTimeS',
      isRatio: true,
      value: 3,
    });
    expect(readNotComparable(scenario, rows)[0]?.computed[0]?.problem).toBe(
      'stepTimeS is not reported at network.uploadMbps = 100',
    );
  });
});
