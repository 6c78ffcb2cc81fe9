// Sweep expansion: explicit values, linear and log steps, whole-number rounding, grid and zip order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisValues, sweepPointCount, sweepPoints } from '../../../src/core/scenario/sweep';
import type { Scenario } from '../../../src/core/scenario/types';

type Sweep = NonNullable<Scenario['sweep']>;
type Axis = Sweep['axes'][number];

describe('axisValues', () => {
  it('keeps explicit values in order', () => {
    expect(axisValues({ path: 'network.rttMs', values: [100, 1, 10] })).toEqual([100, 1, 10]);
  });

  it('spaces linear steps evenly, both ends included', () => {
    expect(axisValues({ path: 'network.rttMs', from: 10, to: 50, steps: 5, scale: 'linear' })).toEqual([
      10, 20, 30, 40, 50,
    ]);
  });

  it('spaces log steps by equal ratios without floating-point noise', () => {
    expect(axisValues({ path: 'network.uploadMbps', from: 1, to: 10000, steps: 5, scale: 'log' })).toEqual([
      1, 10, 100, 1000, 10000,
    ]);
  });

  it('uses the table scale when the axis names none (uploadMbps is log in the table)', () => {
    expect(axisValues({ path: 'network.uploadMbps', from: 10, to: 1000, steps: 3 })).toEqual([10, 100, 1000]);
  });

  it('rounds whole-number parameters and drops repeats', () => {
    expect(axisValues({ path: 'network.nodeCount', from: 1, to: 4, steps: 7, scale: 'linear' })).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('gives steps values within [from, to], increasing, for any log range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        fc.double({ min: 1.01, max: 1000, noNaN: true }),
        fc.integer({ min: 2, max: 50 }),
        (from, ratio, steps) => {
          const to = Math.min(from * ratio, 1e7);
          const axis: Axis = { path: 'network.uploadMbps', from, to, steps, scale: 'log' };
          const values = axisValues(axis) as number[];
          expect(values).toHaveLength(steps);
          expect(values[0]).toBe(from);
          expect(values.at(-1)).toBe(to);
          for (let index = 1; index < values.length; index += 1) {
            expect(values[index]).toBeGreaterThanOrEqual(values[index - 1] ?? 0);
          }
        },
      ),
    );
  });
});

describe('sweepPoints', () => {
  const axes: Axis[] = [
    { path: 'network.rttMs', values: [1, 2] },
    { path: 'network.uploadMbps', values: [10, 20, 30] },
  ];

  it('gives one empty point without a sweep', () => {
    expect(sweepPoints(undefined)).toEqual([{}]);
    expect(sweepPointCount(undefined)).toBe(1);
  });

  it('varies the last axis fastest in a grid', () => {
    const points = sweepPoints({ mode: 'grid', axes });
    expect(points.map((point) => [point['network.rttMs'], point['network.uploadMbps']])).toEqual([
      [1, 10],
      [1, 20],
      [1, 30],
      [2, 10],
      [2, 20],
      [2, 30],
    ]);
    expect(sweepPointCount({ mode: 'grid', axes })).toBe(6);
  });

  it('reads zipped axes together', () => {
    const zipped: Axis[] = [axes[1] as Axis, { path: 'network.downloadMbps', values: [5, 6, 7] }];
    expect(sweepPoints({ mode: 'zip', axes: zipped })).toEqual([
      { 'network.uploadMbps': 10, 'network.downloadMbps': 5 },
      { 'network.uploadMbps': 20, 'network.downloadMbps': 6 },
      { 'network.uploadMbps': 30, 'network.downloadMbps': 7 },
    ]);
  });
});
