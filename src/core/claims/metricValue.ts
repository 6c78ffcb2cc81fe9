// Evaluates the claimed metric for one parameter set. The analytic (expected-value) path is used: the claim
// check's randomness is over the uncertain inputs, and the engine's own per-step noise averages out over a run.
import { evaluateAnalytic, evaluatePoint } from '../engine/evaluate';
import type { Params } from '../params/table';

/** Metrics that need the datacentre reference run (evaluatePoint) rather than the analytic path alone. */
const REFERENCE_METRICS: ReadonlySet<string> = new Set(['slowdownVsDatacentreRatio']);

/** The metric's value for params; NaN when the configuration does not report it. */
export function metricValue(params: Params, metric: string): number {
  const metrics = REFERENCE_METRICS.has(metric)
    ? evaluatePoint(params).metrics
    : evaluateAnalytic(params).result.metrics;
  return metrics[metric] ?? Number.NaN;
}

/** The warnings the model gives for params (an infeasible placement, for example). */
export function modelWarnings(params: Params): string[] {
  return evaluateAnalytic(params).result.warnings;
}
