// Log-normal multipliers with mean one, for round-trip jitter.

import { exp, log } from '../math/index';
import { nextOpenUnit, type Rng } from '../random/rng';
import { inverseStandardNormal } from './normal';

/** A log-normal multiplier with mean 1 and the given coefficient of variation (0 gives exactly 1). */
export function sampleLogNormalMeanOne(rng: Rng, coefficientOfVariation: number): number {
  if (coefficientOfVariation <= 0) return 1;
  const sigma = Math.sqrt(log(1 + coefficientOfVariation * coefficientOfVariation));
  return exp(sigma * inverseStandardNormal(nextOpenUnit(rng)) - (sigma * sigma) / 2);
}
