// pow(x, y) = x^y from IEEE-exact operations only: exp(y ln x) with ln x as a double-double and the product
// y ln x formed exactly, so the result's relative error stays near 1e-15 even when |y ln x| approaches 745.
// Special cases follow ECMAScript's Number::exponentiate (the ** operator), including pow(1, NaN) = NaN.

import { productError } from './doubleDouble';
import { exponentialOfSum } from './exponential';
import { logDoubleDouble } from './logarithm';

/** 2^53: every double at least this large is an even integer. */
const TWO_TO_53 = 9007199254740992;
/** Beyond these values of y ln x the result is certainly Infinity or 0 (ln MAX_VALUE = 709.78, ln MIN_VALUE = -744.4). */
const OVERFLOW_EXPONENT = 710;
const UNDERFLOW_EXPONENT = -746;

/** True when y is an odd integer (only integers below 2^53 in size can be odd). */
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < TWO_TO_53 && y % 2 !== 0;
}

/** x^y for finite x > 0, x != 1, finite y not 0. */
function positivePower(x: number, y: number): number {
  const logX = logDoubleDouble(x);
  const estimate = y * logX.hi;
  if (estimate > OVERFLOW_EXPONENT) return Number.POSITIVE_INFINITY;
  if (estimate < UNDERFLOW_EXPONENT) return 0;
  return exponentialOfSum(estimate, productError(y, logX.hi, estimate) + y * logX.lo);
}

/** x^y when x is 0 or infinite (y finite and not 0): the sign follows odd integer exponents. */
function powerOfZeroOrInfinity(x: number, y: number): number {
  const negative = x < 0 || Object.is(x, -0);
  const huge = (x === 0) === y < 0;
  const magnitude = huge ? Number.POSITIVE_INFINITY : 0;
  return negative && isOddInteger(y) ? -magnitude : magnitude;
}

/**
 * x raised to the power y, deterministic across engines; relative error about 1e-15 where |y ln x| < 700
 * and the same special values as Math.pow and `**` (NaN for a negative base with a non-integer exponent).
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY) {
    const size = Math.abs(x);
    if (size === 1) return Number.NaN;
    return size > 1 === y > 0 ? Number.POSITIVE_INFINITY : 0;
  }
  if (x === 0 || !Number.isFinite(x)) return powerOfZeroOrInfinity(x, y);
  if (x < 0 && !Number.isInteger(y)) return Number.NaN;
  // Single correctly rounded operations, exactly what the general route would round to.
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  // |x| = 1 is exact (and would make y ln x = 0 * y, whose error term cannot be formed for huge y).
  const magnitude = Math.abs(x) === 1 ? 1 : positivePower(Math.abs(x), y);
  return x < 0 && isOddInteger(y) ? -magnitude : magnitude;
}
