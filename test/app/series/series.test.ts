// Chart preparation: the sweep series reads metrics and bands without changing them; the breakdown sums the
// engine's terms per category in stacking order and drops empty categories.
import { describe, expect, it } from 'vitest';
import { breakdownSeries } from '../../../src/app/series/breakdownSeries';
import { sweepSeries } from '../../../src/app/series/sweepSeries';
import type { PointResult, StepTerm } from '../../../src/core/engine/types';

const result = (value: number, band: boolean): PointResult => ({
  metrics: { throughputTokensPerS: value },
  bands: band ? { throughputTokensPerS: { p10: value * 0.9, p50: value, p90: value * 1.1 } } : {},
  labels: {},
  terms: [],
  warnings: [],
  feasible: true,
  infeasibleReasons: [],
});

describe('sweepSeries', () => {
  it('leaves a gap, not a point, where the configuration cannot run', () => {
    const cannotRun = { ...result(30, true), feasible: false, infeasibleReasons: ['does not fit'] };
    const series = sweepSeries(
      [
        { value: 1, result: result(10, true) },
        { value: 10, result: cannotRun },
        { value: 100, result: result(20, true) },
      ],
      'network.rttMs',
      'throughputTokensPerS',
    );
    expect(series.y).toEqual([10, null, 20]);
    expect(series.band?.p10).toEqual([9, null, 18]);
    expect(series.band?.p90).toEqual([11, null, 22]);
  });

  it('passes values and bands through with axis titles from the tables', () => {
    const series = sweepSeries(
      [
        { value: 1, result: result(10, true) },
        { value: 10, result: result(20, true) },
      ],
      'network.rttMs',
      'throughputTokensPerS',
    );
    expect(series.x).toEqual([1, 10]);
    expect(series.y).toEqual([10, 20]);
    expect(series.band?.p10).toEqual([9, 18]);
    expect(series.band?.p90).toEqual([11, 22]);
    expect(series.xTitle).toBe('Round-trip time (ms)');
    expect(series.yTitle).toBe('Throughput (tokens/s)');
    expect(series.xLog).toBe(true);
  });

  it('drops the band when any point lacks one, and maps missing or infinite values to gaps', () => {
    const series = sweepSeries(
      [
        { value: 1, result: result(Number.POSITIVE_INFINITY, true) },
        { value: 2, result: result(5, false) },
      ],
      'network.rttMs',
      'throughputTokensPerS',
    );
    expect(series.band).toBeNull();
    expect(series.y).toEqual([null, 5]);
  });

  it('uses a log y axis only for positive values spanning more than two decades', () => {
    const points = [1, 1e4].map((value) => ({ value, result: result(value, false) }));
    expect(sweepSeries(points, 'network.rttMs', 'throughputTokensPerS').yLog).toBe(true);
    const narrow = [1, 50].map((value) => ({ value, result: result(value, false) }));
    expect(sweepSeries(narrow, 'network.rttMs', 'throughputTokensPerS').yLog).toBe(false);
  });
});

describe('breakdownSeries', () => {
  it('sums terms per category in stacking order and drops empty categories', () => {
    const terms: StepTerm[] = [
      { name: 'sync', category: 'communication', seconds: 2, driver: 'latency' },
      { name: 'forward', category: 'compute', seconds: 3, driver: 'compute' },
      { name: 'backward', category: 'compute', seconds: 4, driver: 'compute' },
      { name: 'nothing', category: 'ledger', seconds: 0, driver: 'fixed' },
    ];
    expect(breakdownSeries(terms)).toEqual([
      { category: 'compute', seconds: 7, termNames: ['forward', 'backward'] },
      { category: 'communication', seconds: 2, termNames: ['sync'] },
    ]);
  });
});
