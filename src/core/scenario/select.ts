// Picks rows with a `where` selector, and reads a metric (or a Monte Carlo percentile) from a row's result.
import type { PointResult } from '../engine/types';
import type { ParamScalar } from './paramSchema';
import type { Where } from './types';

/** What a selector looks at in a row. */
export interface SelectableRow {
  variant: string;
  point: Readonly<Record<string, ParamScalar>>;
}

/** Relative difference under which two swept numbers count as the same value (log steps are inexact). */
const SAME_NUMBER_RELATIVE = 1e-9;

/** Whether two sweep values are the same; numbers compare with a tiny relative slack. */
export function sameValue(first: ParamScalar | undefined, second: ParamScalar): boolean {
  if (typeof first === 'number' && typeof second === 'number') {
    const scale = Math.max(Math.abs(first), Math.abs(second));
    return first === second || Math.abs(first - second) <= SAME_NUMBER_RELATIVE * scale;
  }
  return first === second;
}

/** Whether a row satisfies a selector (an empty selector matches every row). */
export function matchesWhere(row: SelectableRow, where: Where): boolean {
  if (where.variant !== undefined && row.variant !== where.variant) return false;
  return Object.entries(where.point ?? {}).every(([path, value]) => sameValue(row.point[path], value));
}

/** The rows a selector picks, in row order. */
export function selectRows<Row extends SelectableRow>(rows: readonly Row[], where: Where): Row[] {
  return rows.filter((row) => matchesWhere(row, where));
}

/** A selector in words, e.g. `variant "us-only", network.rttMs = 100`. */
export function describeWhere(where: Where): string {
  const parts = [
    ...(where.variant !== undefined ? [`variant "${where.variant}"`] : []),
    ...Object.entries(where.point ?? {}).map(([path, value]) => `${path} = ${String(value)}`),
  ];
  return parts.length > 0 ? parts.join(', ') : 'every row';
}

/** Monte Carlo percentiles a metric name may end with. */
export const PERCENTILE_SUFFIXES = ['p10', 'p50', 'p90'] as const;

/** Splits "throughputTokensPerS.p90" into the metric and the percentile (undefined for the analytic value). */
export function splitMetricName(name: string): { metric: string; percentile?: 'p10' | 'p50' | 'p90' } {
  const dot = name.lastIndexOf('.');
  const suffix = name.slice(dot + 1);
  const percentile = PERCENTILE_SUFFIXES.find((candidate) => candidate === suffix);
  return dot > 0 && percentile ? { metric: name.slice(0, dot), percentile } : { metric: name };
}

/** The value of a metric (or "metric.p10" etc.) in a result, or undefined when the result lacks it. */
export function metricValue(result: PointResult, name: string): number | undefined {
  const { metric, percentile } = splitMetricName(name);
  if (percentile) return result.bands[metric]?.[percentile];
  return result.metrics[metric];
}
