// Binomial tails: the probability that at least k of n independently drawn members are adversarial when
// each is adversarial with probability f. Used for MPC coalitions, replica sets, auditors and watchers.
import { exp, expm1, log, log1p, sinPi } from '../math/index';

/** Lanczos coefficients (g = 7, n = 9), the standard set from Numerical Recipes, 3rd ed., section 6.1. */
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
/** The Lanczos g parameter matching LANCZOS_COEFFICIENTS. */
const LANCZOS_G = 7;
/** Relative size below which further terms of a tail sum are dropped (well under double precision). */
const NEGLIGIBLE_TERM_RATIO = 1e-17;

/** Natural log of the gamma function for x > 0 (Lanczos approximation, about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return log(Math.PI / sinPi(x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let index = 1; index < LANCZOS_COEFFICIENTS.length; index += 1) {
    series += (LANCZOS_COEFFICIENTS[index] ?? 0) / (shifted + index);
  }
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * log(2 * Math.PI) + (shifted + 0.5) * log(t) - t + log(series);
}

/** Natural log of the binomial probability P(X = k) for X ~ Binomial(n, p), with 0 < p < 1. */
function logBinomialMass(n: number, k: number, p: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * log(p) + (n - k) * log1p(-p);
}

/** Sums P(X = j) from j = start moving by step (+1 or -1) until the terms become negligible or run out. */
function sumMassesAwayFromMode(n: number, start: number, step: 1 | -1, p: number): number {
  let mass = exp(logBinomialMass(n, start, p));
  let sum = 0;
  for (let j = start; j >= 0 && j <= n; j += step) {
    sum += mass;
    if (mass <= sum * NEGLIGIBLE_TERM_RATIO) break;
    // Ratio of consecutive masses: P(j+1)/P(j) = (n-j)/(j+1) * p/(1-p).
    mass = step === 1 ? (mass * (n - j) * p) / ((j + 1) * (1 - p)) : (mass * j * (1 - p)) / ((n - j + 1) * p);
  }
  return sum;
}

/**
 * P(X >= k) for X ~ Binomial(n, p): the chance that at least k of n members drawn at random are adversarial
 * when a fraction p of the population is. Exact up to floating point; O(terms until negligible).
 */
export function binomialTailProbability(n: number, k: number, p: number): number {
  const count = Math.round(n);
  const threshold = Math.ceil(k);
  if (threshold <= 0) return 1;
  if (threshold > count) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // Sum whichever side lies away from the mode, so terms shrink monotonically and the sum stays accurate.
  if (threshold > count * p) return Math.min(1, sumMassesAwayFromMode(count, threshold, 1, p));
  return Math.max(0, 1 - sumMassesAwayFromMode(count, threshold - 1, -1, p));
}

/** Probability that at least one of `count` members drawn at random is adversarial: 1 - (1 - f)^count. */
export function anyAdversarialProbability(count: number, maliciousFraction: number): number {
  if (count <= 0 || maliciousFraction <= 0) return 0;
  if (maliciousFraction >= 1) return 1;
  return -expm1(count * log1p(-maliciousFraction));
}
