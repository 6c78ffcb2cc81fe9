// exp and expm1 from IEEE-exact operations only. Range reduction x = k ln 2 + r with |r| <= ln(2)/2 (ln 2 in
// two parts, so k * LN2_HIGH is exact), exp(r) from its Taylor series to degree 13 (truncation below 2^-60),
// the leading 1 + r added with its rounding error kept, then an exact scaling by 2^k.
import { powerOfTwo, scaleByPowerOfTwo } from './bits';
import {
  EXP_OVERFLOW_ARGUMENT,
  EXP_UNDERFLOW_ARGUMENT,
  INVERSE_LN2_HIGH,
  LN2_HIGH,
  LN2_LOW,
  TINY_ARGUMENT,
} from './constants';
import { sumError } from './doubleDouble';

/** Taylor coefficients 1/n! of exp, n = 2..13, each a correctly rounded quotient. */
const C2 = 1 / 2;
const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;
const C7 = 1 / 5040;
const C8 = 1 / 40320;
const C9 = 1 / 362880;
const C10 = 1 / 3628800;
const C11 = 1 / 39916800;
const C12 = 1 / 479001600;
const C13 = 1 / 6227020800;
/** Below this x, expm1(x) rounds to -1 (e^-40 is under half an ulp of 1). */
const EXPM1_MINUS_ONE_ARGUMENT = -40;
/** Above this k, 2^k e^r - 1 rounds as 2^k e^r does, so expm1 takes the exp route. */
const EXPM1_LARGE_EXPONENT = 56;

/** exp(r) - 1 - r for |r| <= 0.35, Horner form of the Taylor series (degree 13, error under 2^-60). */
function exponentialTail(r: number): number {
  // Horner's rule, written in two lines (the same operations in the same order as one nested expression).
  const highOrder = C9 + r * (C10 + r * (C11 + r * (C12 + r * C13)));
  const series = C2 + r * (C3 + r * (C4 + r * (C5 + r * (C6 + r * (C7 + r * (C8 + r * highOrder))))));
  return r * r * series;
}

/**
 * exp(hi + lo) for |hi| <= 746 and |lo| tiny beside hi (a double-double exponent, as pow needs); about
 * 0.5 ulp. Overflow gives Infinity and underflow rounds once through the subnormals to 0.
 */
export function exponentialOfSum(hi: number, lo: number): number {
  const k = Math.round(hi * INVERSE_LN2_HIGH);
  // Exact by Sterbenz's lemma: k * LN2_HIGH is exact and within a factor 2 of hi whenever k != 0.
  const head = hi - k * LN2_HIGH;
  const correction = lo - k * LN2_LOW;
  const r = head + correction;
  const rLow = sumError(head, correction, r);
  const tail = exponentialTail(r);
  const onePlusR = 1 + r;
  const onePlusRError = 1 - onePlusR + r;
  const significand = onePlusR + (onePlusRError + tail + rLow * (onePlusR + tail));
  return scaleByPowerOfTwo(significand, k);
}

/** e^x, deterministic across engines; within 1 ulp of Math.exp, same special values (exp(-Infinity) = 0). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > EXP_OVERFLOW_ARGUMENT) return Number.POSITIVE_INFINITY;
  if (x < EXP_UNDERFLOW_ARGUMENT) return 0;
  if (Math.abs(x) < TINY_ARGUMENT) return 1 + x;
  return exponentialOfSum(x, 0);
}

/** e^x - 1, accurate for small |x| (relative, not absolute, error); deterministic; Math.expm1's special values. */
export function expm1(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > EXP_OVERFLOW_ARGUMENT) return Number.POSITIVE_INFINITY;
  if (x < EXPM1_MINUS_ONE_ARGUMENT) return -1;
  if (Math.abs(x) < TINY_ARGUMENT) return x;
  const k = Math.round(x * INVERSE_LN2_HIGH);
  const head = x - k * LN2_HIGH;
  const correction = -k * LN2_LOW;
  const r = head + correction;
  const rLow = sumError(head, correction, r);
  const tail = exponentialTail(r);
  if (k === 0) return r + (tail + rLow * (1 + r));
  if (k > EXPM1_LARGE_EXPONENT) return exponentialOfSum(x, 0) - 1;
  // 2^k (1 + r + tail) - 1: the large part 2^k (1 + r) - 1 is formed exactly, the small parts added last.
  const scale = powerOfTwo(k);
  const onePlusR = 1 + r;
  const onePlusRError = 1 - onePlusR + r;
  const big = onePlusR * scale;
  const bigMinusOne = big - 1;
  const small = sumError(big, -1, bigMinusOne) + scale * (onePlusRError + tail + rLow * (onePlusR + tail));
  return bigMinusOne + small;
}
