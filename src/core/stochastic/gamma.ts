// Standard normal and Gamma draws from a seeded generator: the building blocks of O(1) order-statistic
// sampling (a Beta variate is a ratio of two Gamma variates).

import { log } from '../math/index';
import { nextOpenUnit, type Rng } from '../random/rng';
import { inverseStandardNormal } from './normal';

/**
 * Constants of Marsaglia and Tsang's squeeze test, "A simple method for generating gamma variables",
 * ACM Trans. Math. Software 26(3):363-372, 2000: d = shape - 1/3, c = 1 / sqrt(9 d), and the quick
 * acceptance bound u < 1 - 0.0331 x^4.
 */
const MARSAGLIA_TSANG_SHAPE_OFFSET = 1 / 3;
const MARSAGLIA_TSANG_SCALE_DIVISOR = 9;
const MARSAGLIA_TSANG_SQUEEZE_FACTOR = 0.0331;

/** A standard normal draw by inversion (one uniform per draw, so streams stay aligned and reproducible). */
export function sampleStandardNormal(rng: Rng): number {
  return inverseStandardNormal(nextOpenUnit(rng));
}

/**
 * A Gamma(shape, 1) draw for shape >= 1 (Marsaglia and Tsang 2000; the acceptance rate is above 95% for
 * every shape >= 1, so the expected cost is O(1) whatever the shape).
 */
export function sampleGamma(rng: Rng, shape: number): number {
  if (!(shape >= 1)) throw new RangeError(`sampleGamma needs shape >= 1, got ${shape}`);
  const d = shape - MARSAGLIA_TSANG_SHAPE_OFFSET;
  const c = 1 / Math.sqrt(MARSAGLIA_TSANG_SCALE_DIVISOR * d);
  for (;;) {
    const x = sampleStandardNormal(rng);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = nextOpenUnit(rng);
    const xSquared = x * x;
    if (u < 1 - MARSAGLIA_TSANG_SQUEEZE_FACTOR * xSquared * xSquared) return d * v;
    if (log(u) < 0.5 * xSquared + d * (1 - v + log(v))) return d * v;
  }
}
