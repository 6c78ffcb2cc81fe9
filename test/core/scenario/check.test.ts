// Assertion semantics on hand-made results, so each verdict can be checked against numbers chosen here.
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/core/scenario/check';
import { parseScenario } from '../../../src/core/scenario/parse';
import type { Scenario } from '../../../src/core/scenario/types';
import { minimalScenario, result, row } from './fixtures';

const AXIS = 'network.uploadMbps';

function scenarioWith(expectations: unknown[], extra: Record<string, unknown> = {}): Scenario {
  const outcome = parseScenario(
    minimalScenario({
      variants: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      sweep: { axes: [{ path: AXIS, values: [10, 100, 1000] }] },
      monteCarlo: { runCount: 5 },
      expect: expectations,
      ...extra,
    }),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.scenario;
}

/** Rows for variants a and b: metric stepTimeS given per upload value. */
function rowsOf(a: number[], b: number[]) {
  const values = [10, 100, 1000];
  return result([
    ...values.map((upload, index) => row('a', { [AXIS]: upload }, { stepTimeS: a[index] ?? Number.NaN })),
    ...values.map((upload, index) =>
      row(
        'b',
        { [AXIS]: upload },
        { stepTimeS: b[index] ?? Number.NaN },
        {
          stepTimeS: { p10: 1, p50: 2, p90: 3 },
        },
      ),
    ),
  ]);
}

const trend = (direction: string, extra: Record<string, unknown> = {}) => ({
  type: 'trend',
  metric: 'stepTimeS',
  along: AXIS,
  direction,
  ...extra,
});

describe('trend', () => {
  it.each([
    ['decreasing', [3, 2, 1], [6, 5, 4], true],
    ['decreasing', [3, 2, 2], [6, 5, 4], false],
    ['non-increasing', [3, 2, 2], [6, 5, 4], true],
    ['increasing', [1, 2, 3], [1, 2, 3], true],
    ['increasing', [1, 2, 3], [1, 3, 2], false],
    ['non-decreasing', [1, 1, 1], [1, 2, 2], true],
    ['flat', [1, 1.005, 1], [2, 2, 2], true],
    ['flat', [1, 1.05, 1], [2, 2, 2], false],
    ['increasing', [1, Number.NaN, 3], [1, 2, 3], false],
  ])('%s on a=%j, b=%j passes: %s', (direction, a, b, passes) => {
    const [outcome] = checkScenario(scenarioWith([trend(direction)]), rowsOf(a, b));
    expect(outcome?.passed).toBe(passes);
  });

  it('checks only the named variant', () => {
    const [outcome] = checkScenario(
      scenarioWith([trend('decreasing', { variant: 'a' })]),
      rowsOf([3, 2, 1], [1, 2, 3]),
    );
    expect(outcome?.passed).toBe(true);
  });

  it('says where a series breaks', () => {
    const [outcome] = checkScenario(scenarioWith([trend('decreasing')]), rowsOf([3, 2, 1], [3, 4, 1]));
    expect(outcome?.detail).toContain(
      '[b] 3 @ 10, 4 @ 100, 1 @ 1000 (not decreasing from network.uploadMbps = 10 to 100)',
    );
    expect(outcome?.values['b | network.uploadMbps = 100']).toBe(4);
  });

  it('honours a tolerance on non-increasing and flat', () => {
    const loose = checkScenario(
      scenarioWith([trend('non-increasing', { toleranceFraction: 0.1 })]),
      rowsOf([3, 3.2, 1], [1, 1, 1]),
    );
    expect(loose[0]?.passed).toBe(true);
    const flat = checkScenario(
      scenarioWith([trend('flat', { toleranceFraction: 0.2 })]),
      rowsOf([1, 1.1, 1], [1, 1, 1]),
    );
    expect(flat[0]?.passed).toBe(true);
  });

  it('checks each setting of the other grid axes as its own series', () => {
    const scenario = scenarioWith([trend('decreasing', { variant: 'a' })], {
      variants: [{ id: 'a', label: 'A' }],
      sweep: {
        axes: [
          { path: 'network.rttMs', values: [1, 2] },
          { path: AXIS, values: [10, 100] },
        ],
      },
    });
    const rows = result([
      row('a', { 'network.rttMs': 1, [AXIS]: 10 }, { stepTimeS: 2 }),
      row('a', { 'network.rttMs': 1, [AXIS]: 100 }, { stepTimeS: 1 }),
      row('a', { 'network.rttMs': 2, [AXIS]: 10 }, { stepTimeS: 4 }),
      row('a', { 'network.rttMs': 2, [AXIS]: 100 }, { stepTimeS: 3 }),
    ]);
    expect(checkScenario(scenario, rows)[0]?.passed).toBe(true);
  });
});

describe('threshold and ratio', () => {
  const where = (variant: string, upload: number) => ({ variant, point: { [AXIS]: upload } });

  it('compares one selected value with min and max', () => {
    const scenario = scenarioWith([
      { type: 'threshold', metric: 'stepTimeS', where: where('a', 100), min: 2, max: 2 },
      { type: 'threshold', metric: 'stepTimeS', where: where('a', 100), max: 1.5 },
    ]);
    const outcomes = checkScenario(scenario, rowsOf([3, 2, 1], [1, 1, 1]));
    expect(outcomes.map((outcome) => outcome.passed)).toEqual([true, false]);
    expect(outcomes[1]?.detail).toBe('stepTimeS = 2 (max 1.5)');
    expect(outcomes[1]?.values).toEqual({ value: 2, max: 1.5 });
  });

  it('divides numerator by denominator, and reads bands', () => {
    const scenario = scenarioWith([
      {
        type: 'ratio',
        metric: 'stepTimeS',
        numerator: where('a', 10),
        denominator: where('a', 1000),
        min: 2.9,
        max: 3.1,
      },
      { type: 'threshold', metric: 'stepTimeS.p90', where: where('b', 10), min: 3, max: 3 },
    ]);
    const outcomes = checkScenario(scenario, rowsOf([3, 2, 1], [1, 1, 1]));
    expect(outcomes.map((outcome) => outcome.passed)).toEqual([true, true]);
    expect(outcomes[0]?.values.ratio).toBe(3);
  });

  it('fails, and says why, when the metric is missing from the row', () => {
    const scenario = scenarioWith([
      { type: 'threshold', metric: 'stepTimeS.p90', where: where('a', 10), min: 0 },
    ]);
    const [outcome] = checkScenario(scenario, rowsOf([3, 2, 1], [1, 1, 1]));
    expect(outcome?.passed).toBe(false);
    expect(outcome?.detail).toContain('stepTimeS.p90 is not reported');
  });
});

describe('matches tolerances', () => {
  const matches = (published: number | undefined, tolerance: unknown) => ({
    type: 'matches',
    caseId: 'case',
    label: 'label',
    metric: 'stepTimeS',
    where: { variant: 'a', point: { [AXIS]: 10 } },
    ...(published === undefined ? {} : { published }),
    tolerance,
  });

  it.each([
    [4, { absolute: 1 }, true],
    [4.5, { absolute: 1 }, false],
    [2, { relative: 0.5 }, true],
    [1.9, { relative: 0.5 }, false],
    [6, { factor: 2 }, true],
    [6.1, { factor: 2 }, false],
    [30, { orders: 1 }, true],
    [31, { orders: 1 }, false],
    [undefined, { range: [2, 3] }, true],
    [undefined, { range: [3.5, 9] }, false],
  ])('published %s with %j: model 3 passes is %s', (published, tolerance, passes) => {
    const [outcome] = checkScenario(
      scenarioWith([matches(published, tolerance)]),
      rowsOf([3, 2, 1], [1, 1, 1]),
    );
    expect(outcome?.passed).toBe(passes);
    expect(outcome?.values.model).toBe(3);
  });

  it('reports model, published, ratio and the accepted interval', () => {
    const [outcome] = checkScenario(scenarioWith([matches(4, { factor: 2 })]), rowsOf([3, 2, 1], [1, 1, 1]));
    expect(outcome?.values).toEqual({ model: 3, published: 4, ratio: 0.75, low: 2, high: 8 });
    expect(outcome?.detail).toBe(
      'model 3, published 4, model/published 0.75; within a factor of 2 (accepted 2 to 8)',
    );
  });

  it('divides by a second row when dividedBy is given (a speed-up between variants)', () => {
    const speedUp = {
      ...matches(1.5, { relative: 0.1 }),
      dividedBy: { variant: 'b', point: { [AXIS]: 10 } },
    };
    const [passing] = checkScenario(scenarioWith([speedUp]), rowsOf([3, 2, 1], [2, 1, 1]));
    expect(passing?.values.model).toBe(1.5);
    expect(passing?.passed).toBe(true);
    const [failing] = checkScenario(scenarioWith([speedUp]), rowsOf([3, 2, 1], [1, 1, 1]));
    expect(failing?.passed).toBe(false);
    const missing = { ...speedUp, dividedBy: { variant: 'b' } };
    const [unselected] = checkScenario(scenarioWith([missing]), rowsOf([3, 2, 1], [2, 1, 1]));
    expect(unselected?.detail).toContain('not exactly one');
  });
});
