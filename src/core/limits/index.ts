// Epoch AI's bounds on the largest feasible training run (power, chips, data, latency wall).
import type { Metrics } from '../engine/types';
import type { Params } from '../params/table';

/** Scaling-limit metrics for the configured training job (FLOP bounds and which binds first). */
export function computeScalingLimits(_params: Params): Metrics {
  return {};
}
