// Natural, base-2 and base-10 logarithms and log1p from IEEE-exact operations only. x = 2^e (1 + g) with
// 1 + g in [sqrt(1/2), sqrt(2)], so g is exact; with f = g / (2 + g), ln(1 + g) = 2 atanh(f)
// = g - g^2/2 + f (g^2/2 + R(f)), R = sum 2 f^(2n) / (2n + 1) for n = 1..10 (|f| <= 0.1716, truncation under
// 2^-60). The large terms e ln 2, g and g^2/2 are summed without rounding error, giving a double-double result.
import { binaryExponent, divideByPowerOfTwo } from './bits';
import {
  INVERSE_LN2_HIGH,
  INVERSE_LN2_LOW,
  INVERSE_LN10_HIGH,
  INVERSE_LN10_LOW,
  LN2_HIGH,
  LN2_LOW,
  SQRT2,
  TINY_ARGUMENT,
} from './constants';
import { type DoubleDouble, multiplyDoubleDouble, productError, sumError } from './doubleDouble';

/** Coefficients 2 / (2n + 1) of the atanh series in f^2, n = 1..10. */
const A1 = 2 / 3;
const A2 = 2 / 5;
const A3 = 2 / 7;
const A4 = 2 / 9;
const A5 = 2 / 11;
const A6 = 2 / 13;
const A7 = 2 / 15;
const A8 = 2 / 17;
const A9 = 2 / 19;
const A10 = 2 / 21;
/** sqrt(2) - 1 and sqrt(1/2) - 1: the range of g for which log1p(g) needs no reduction. */
const LOG1P_DIRECT_MAX = SQRT2 - 1;
const LOG1P_DIRECT_MIN = SQRT2 / 2 - 1;

/**
 * The large terms of e ln 2 + ln(1 + g), for exact g in [sqrt(1/2) - 1, sqrt(2) - 1]: e LN2_HIGH + g - g^2/2
 * in plain double arithmetic. Its two roundings are recovered exactly by logOfScaledOnePlusSmall.
 */
function logOfScaledOnePlusHead(g: number, e: number): number {
  const halfSquare = g * g * 0.5;
  return e * LN2_HIGH + g - halfSquare;
}

/**
 * What the head (logOfScaledOnePlusHead's result) leaves out of e ln 2 + ln(1 + g) + correction: its rounding
 * errors (exact, by TwoSum and TwoProduct), f (g^2/2 + R(f)), e LN2_LOW and the caller's correction.
 */
function logOfScaledOnePlusSmall(g: number, e: number, correction: number, head: number): number {
  const f = g / (2 + g);
  const fSquared = f * f;
  // Horner's rule in f^2, written in two lines (the same operations in the same order as one expression).
  const highOrder = A6 + fSquared * (A7 + fSquared * (A8 + fSquared * (A9 + fSquared * A10)));
  const series =
    fSquared *
    (A1 + fSquared * (A2 + fSquared * (A3 + fSquared * (A4 + fSquared * (A5 + fSquared * highOrder)))));
  const square = g * g;
  const halfSquare = square * 0.5;
  const halfSquareError = productError(g, g, square) * 0.5;
  const multipleOfLn2 = e * LN2_HIGH;
  const first = multipleOfLn2 + g;
  const firstError = sumError(multipleOfLn2, g, first);
  const secondError = sumError(first, -halfSquare, head);
  return firstError + secondError - halfSquareError + f * (halfSquare + series) + e * LN2_LOW + correction;
}

/** e ln 2 + ln(1 + g) + correction, rounded to a double: head + small, one final rounding. */
function logOfScaledOnePlus(g: number, e: number, correction: number): number {
  const head = logOfScaledOnePlusHead(g, e);
  return head + logOfScaledOnePlusSmall(g, e, correction, head);
}

/** e ln 2 + ln(1 + g) as a double-double (about 2^-57 relative), the extra precision pow and log10 need. */
function logOfScaledOnePlusDoubleDouble(g: number, e: number): DoubleDouble {
  const head = logOfScaledOnePlusHead(g, e);
  const small = logOfScaledOnePlusSmall(g, e, 0, head);
  const hi = head + small;
  return { hi, lo: sumError(head, small, hi) };
}

/** The e of x = 2^e (1 + g) with 1 + g in [sqrt(1/2), sqrt(2)), for finite x > 0. */
function exponentNearOne(x: number): number {
  const exponent = binaryExponent(x);
  return divideByPowerOfTwo(x, exponent) > SQRT2 ? exponent + 1 : exponent;
}

/** g = x / 2^e - 1 for exponentNearOne's e: an exact scaling, then an exact subtraction (Sterbenz). */
function offsetFromOne(x: number, e: number): number {
  return divideByPowerOfTwo(x, e) - 1;
}

/** ln x as a double-double (about 2^-57 relative) for finite x > 0. */
export function logDoubleDouble(x: number): DoubleDouble {
  const e = exponentNearOne(x);
  return logOfScaledOnePlusDoubleDouble(offsetFromOne(x, e), e);
}

/** The special results shared by every logarithm, or null when x is finite and > 0. */
function specialLogarithm(x: number): number | null {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  return null;
}

/** Natural logarithm, deterministic across engines; within 1 ulp of Math.log, same special values. */
export function log(x: number): number {
  const special = specialLogarithm(x);
  if (special !== null) return special;
  const e = exponentNearOne(x);
  return logOfScaledOnePlus(offsetFromOne(x, e), e, 0);
}

/** Base-2 logarithm; exact integers for powers of two; Math.log2's special values. */
export function log2(x: number): number {
  const special = specialLogarithm(x);
  if (special !== null) return special;
  const e = exponentNearOne(x);
  const logOfSignificand = logOfScaledOnePlusDoubleDouble(offsetFromOne(x, e), 0);
  const fraction = multiplyDoubleDouble(logOfSignificand, INVERSE_LN2_HIGH, INVERSE_LN2_LOW);
  const sum = e + fraction.hi;
  return sum + (sumError(e, fraction.hi, sum) + fraction.lo);
}

/** Base-10 logarithm; exact integers for the powers of ten that are doubles; Math.log10's special values. */
export function log10(x: number): number {
  const special = specialLogarithm(x);
  if (special !== null) return special;
  return multiplyDoubleDouble(logDoubleDouble(x), INVERSE_LN10_HIGH, INVERSE_LN10_LOW).hi;
}

/** ln(1 + x), accurate for small |x|; deterministic; Math.log1p's special values (log1p(-1) = -Infinity). */
export function log1p(x: number): number {
  if (Number.isNaN(x) || x < -1) return Number.NaN;
  if (x === -1) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (Math.abs(x) < TINY_ARGUMENT) return x;
  if (x >= LOG1P_DIRECT_MIN && x <= LOG1P_DIRECT_MAX) return logOfScaledOnePlus(x, 0, 0);
  // 1 + x rounds to u; its exact error c enters as ln(u + c) = ln u + c / u.
  const onePlusX = 1 + x;
  const e = exponentNearOne(onePlusX);
  const correction = sumError(1, x, onePlusX) / onePlusX;
  return logOfScaledOnePlus(offsetFromOne(onePlusX, e), e, correction);
}
