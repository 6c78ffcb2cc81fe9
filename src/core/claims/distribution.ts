// Summarises the metric over the Monte Carlo draws: percentiles, extremes, mean and a histogram ready for a bar
// chart. Non-finite values (a configuration that cannot run) are counted but left out of the summary.

import { percentile } from '../engine/monteCarlo';
import { log, pow } from '../math/index';
import type { Histogram, MetricDistribution } from './types';

/** Bars of the histogram. 20 bins resolve a 5% tail while keeping 20+ draws per bin at the default 400 runs. */
export const HISTOGRAM_BIN_COUNT = 20;
/** Values spanning at least this factor (all positive) get log-spaced bins, so one decade does not hide the rest. */
export const LOG_BINS_SPAN_RATIO = 10;

/** Bin edges from low to high, linear or log spaced. */
function binEdges(low: number, high: number, scale: Histogram['scale']): number[] {
  return Array.from({ length: HISTOGRAM_BIN_COUNT + 1 }, (_, index) => {
    const fraction = index / HISTOGRAM_BIN_COUNT;
    if (index === HISTOGRAM_BIN_COUNT) return high;
    return scale === 'log' ? low * pow(high / low, fraction) : low + (high - low) * fraction;
  });
}

/** A histogram of sorted finite values. */
export function histogram(sorted: readonly number[]): Histogram {
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low === undefined || high === undefined) return { scale: 'linear', bins: [] };
  if (low === high)
    return { scale: 'linear', bins: [{ lowerEdge: low, upperEdge: high, count: sorted.length }] };
  const scale = low > 0 && high / low >= LOG_BINS_SPAN_RATIO ? 'log' : 'linear';
  const edges = binEdges(low, high, scale);
  const position = (value: number) =>
    scale === 'log' ? log(value / low) / log(high / low) : (value - low) / (high - low);
  const counts = new Array<number>(HISTOGRAM_BIN_COUNT).fill(0);
  for (const value of sorted) {
    const bin = Math.min(HISTOGRAM_BIN_COUNT - 1, Math.floor(position(value) * HISTOGRAM_BIN_COUNT));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return {
    scale,
    bins: counts.map((count, index) => ({
      lowerEdge: edges[index] ?? low,
      upperEdge: edges[index + 1] ?? high,
      count,
    })),
  };
}

/** The distribution of the metric over the draws. */
export function summarize(values: readonly number[]): MetricDistribution {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (fraction: number) => percentile(sorted, fraction);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    finiteCount: sorted.length,
    runCount: values.length,
    p5: at(0.05),
    p10: at(0.1),
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    histogram: histogram(sorted),
  };
}
