// The slowest node a synchronous step waits for, sampled directly from its order-statistic distribution
// (O(1) per step whatever the node count) and its expected value for the analytic path.
import { nextOpenUnit, type Rng } from '../random/rng';
import { inverseStandardNormal } from './normal';

/**
 * Time multiplier of the slowest node a step waits for, when per-node step times are log-normal with
 * median 1 and the given sigma, and the slowest (1 - keptFraction) of n nodes are dropped.
 * Draws the k-th order statistic of n uniforms, k = ceil(keptFraction n), then maps it through the inverse CDF.
 */
export function sampleSlowestKeptFactor(
  rng: Rng,
  nodeCount: number,
  sigma: number,
  keptFraction = 1,
): number {
  if (sigma === 0 || nodeCount <= 1) return 1;
  const keptCount = Math.max(1, Math.ceil(keptFraction * nodeCount));
  if (keptCount !== nodeCount) {
    throw new Error('drop-slowest order statistics not implemented yet');
  }
  // The maximum of n uniforms is distributed as U^(1/n).
  const uniformMaximum = nextOpenUnit(rng) ** (1 / nodeCount);
  return Math.exp(sigma * inverseStandardNormal(uniformMaximum));
}

/** Expected value of sampleSlowestKeptFactor (the analytic path's straggler multiplier). */
export function expectedSlowestKeptFactor(nodeCount: number, sigma: number, _keptFraction = 1): number {
  if (sigma === 0 || nodeCount <= 1) return 1;
  return Math.exp(sigma * Math.sqrt(2 * Math.log(nodeCount)));
}
