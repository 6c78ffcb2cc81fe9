// The k-th smallest of n independent uniforms, drawn in O(1): it is Beta(k, n - k + 1) distributed.
// Both tails are returned so that values near 1 keep their precision when mapped through an inverse CDF.

import { exp, expm1, log } from '../math/index';
import { nextOpenUnit, type Rng } from '../random/rng';
import { sampleGamma } from './gamma';

/** A probability p and its complement 1 - p, each computed without cancellation. */
export interface TailPair {
  /** p, the value of the order statistic. */
  lower: number;
  /** 1 - p. */
  upper: number;
}

/**
 * Draws the k-th smallest of n uniforms on (0, 1) (1 <= k <= n).
 * The maximum (k = n) is U^(1/n) (its CDF is u^n); its complement 1 - U^(1/n) = -expm1(ln U / n) keeps full
 * precision even for n = 1e6. Otherwise the order statistic is Beta(k, n - k + 1) = X / (X + Y) with
 * X ~ Gamma(k) and Y ~ Gamma(n - k + 1) (David and Nagaraja, Order Statistics, 3rd ed., section 2.2).
 */
export function sampleUniformOrderStatistic(rng: Rng, rank: number, count: number): TailPair {
  if (rank === count) {
    const logLower = log(nextOpenUnit(rng)) / count;
    return { lower: exp(logLower), upper: -expm1(logLower) };
  }
  const below = sampleGamma(rng, rank);
  const above = sampleGamma(rng, count - rank + 1);
  const total = below + above;
  return { lower: below / total, upper: above / total };
}
