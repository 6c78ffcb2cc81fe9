// The standard normal distribution: density, lower and upper tail probabilities (and their logarithms,
// accurate far into the tails) and the inverse CDF. Order statistics of node speeds are mapped through these.
import { exp, log, log1p } from '../math/index';

/** ln(sqrt(2 pi)), the log of the normal density's normalising constant. */
const LOG_SQRT_TWO_PI = 0.5 * log(2 * Math.PI);

/**
 * Below this |z| the lower tail is summed from Marsaglia's series, above it the upper tail comes from
 * Laplace's continued fraction. At 2 the series loses at most ~2 digits to cancellation (tail >= 0.023)
 * and the continued fraction converges in under ~150 terms. Source: Marsaglia, "Evaluating the normal
 * distribution", J. Stat. Software 11(4), 2004; Abramowitz and Stegun 26.2.14.
 */
const SERIES_LIMIT_Z = 2;
/** Relative size at which a series term or continued-fraction step is negligible in double precision. */
const CONVERGENCE_TOLERANCE = 1e-16;
/** Safety cap on series terms and continued-fraction steps (never reached for |z| >= SERIES_LIMIT_Z). */
const MAX_ITERATIONS = 500;
/** Tiny value that keeps the modified Lentz recursion away from division by zero (Press et al. 5.2). */
const LENTZ_TINY = 1e-300;

/** Log of the standard normal density at z. */
export function logStandardNormalDensity(z: number): number {
  return -0.5 * z * z - LOG_SQRT_TWO_PI;
}

/** Marsaglia's series: Phi(z) - 1/2 divided by the density, i.e. z + z^3/3 + z^5/(3 5) + ... */
function seriesOverDensity(z: number): number {
  let term = z;
  let sum = z;
  const zSquared = z * z;
  for (let index = 1; index < MAX_ITERATIONS; index += 1) {
    term *= zSquared / (2 * index + 1);
    sum += term;
    if (Math.abs(term) <= CONVERGENCE_TOLERANCE * Math.abs(sum)) break;
  }
  return sum;
}

/**
 * Laplace's continued fraction for the Mills ratio denominator, x + 1/(x + 2/(x + 3/(x + ...))), so that
 * the upper tail Q(x) = density(x) / denominator, for x > 0 (modified Lentz evaluation).
 */
function millsDenominator(x: number): number {
  let value = x;
  let numeratorTerm = 0;
  let c = x;
  let d = 0;
  for (let index = 1; index < MAX_ITERATIONS; index += 1) {
    numeratorTerm = index;
    d = x + numeratorTerm * d;
    if (Math.abs(d) < LENTZ_TINY) d = LENTZ_TINY;
    c = x + numeratorTerm / c;
    if (Math.abs(c) < LENTZ_TINY) c = LENTZ_TINY;
    d = 1 / d;
    const delta = c * d;
    value *= delta;
    if (Math.abs(delta - 1) <= CONVERGENCE_TOLERANCE) break;
  }
  return value;
}

/** Log of the upper tail Q(z) = P(Z > z), accurate (relative) for any z, including far past underflow. */
export function logStandardNormalUpperTail(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z >= SERIES_LIMIT_Z) return logStandardNormalDensity(z) - log(millsDenominator(z));
  if (z > -SERIES_LIMIT_Z) {
    return log(0.5 - exp(logStandardNormalDensity(z)) * seriesOverDensity(z));
  }
  return log1p(-exp(logStandardNormalUpperTail(-z)));
}

/** Log of the CDF Phi(z) = P(Z <= z), accurate (relative) for any z. */
export function logStandardNormalCdf(z: number): number {
  return logStandardNormalUpperTail(-z);
}

/** Upper tail Q(z) = P(Z > z) of the standard normal distribution, with full relative accuracy. */
export function standardNormalUpperTail(z: number): number {
  return exp(logStandardNormalUpperTail(z));
}

/** CDF Phi(z) = P(Z <= z) of the standard normal distribution, with full relative accuracy. */
export function standardNormalCdf(z: number): number {
  return exp(logStandardNormalCdf(z));
}

// Wichura's algorithm AS 241 (PPND16), Applied Statistics 37(3):477-484, 1988: rational approximations
// of degree 7 in three regions, relative accuracy about 1e-16. Coefficients as published, written as the
// shortest decimals that round to the same doubles.
const CENTRAL_LIMIT = 0.425;
const CENTRAL_OFFSET = 0.180625;
const TAIL_SPLIT = 5;
const NEAR_TAIL_OFFSET = 1.6;
const CENTRAL_NUMERATOR = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const CENTRAL_DENOMINATOR = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const NEAR_TAIL_NUMERATOR = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const NEAR_TAIL_DENOMINATOR = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const FAR_TAIL_NUMERATOR = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7,
];
const FAR_TAIL_DENOMINATOR = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** Evaluates a polynomial with coefficients in increasing degree (Horner's rule). */
function polynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (let index = coefficients.length - 1; index >= 0; index -= 1) {
    result = result * x + (coefficients[index] ?? 0);
  }
  return result;
}

/**
 * Inverse CDF of the standard normal distribution: the z with Phi(z) = probability, for probability in
 * (0, 1); -Infinity at 0 and +Infinity at 1. Wichura's AS 241, relative error about 1e-16.
 * For an upper-tail probability q close to 0, use -inverseStandardNormal(q) rather than passing 1 - q.
 */
export function inverseStandardNormal(probability: number): number {
  if (probability <= 0) return Number.NEGATIVE_INFINITY;
  if (probability >= 1) return Number.POSITIVE_INFINITY;
  const offset = probability - 0.5;
  if (Math.abs(offset) <= CENTRAL_LIMIT) {
    const r = CENTRAL_OFFSET - offset * offset;
    return (offset * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  const tailProbability = offset < 0 ? probability : 1 - probability;
  const r = Math.sqrt(-log(tailProbability));
  const magnitude =
    r <= TAIL_SPLIT
      ? polynomial(NEAR_TAIL_NUMERATOR, r - NEAR_TAIL_OFFSET) /
        polynomial(NEAR_TAIL_DENOMINATOR, r - NEAR_TAIL_OFFSET)
      : polynomial(FAR_TAIL_NUMERATOR, r - TAIL_SPLIT) / polynomial(FAR_TAIL_DENOMINATOR, r - TAIL_SPLIT);
  return offset < 0 ? -magnitude : magnitude;
}
