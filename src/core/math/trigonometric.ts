// sin(pi x) from IEEE-exact operations only. Working in units of pi makes the range reduction exact (x mod 2
// is exact in binary), unlike sin(x) whose reduction by an irrational pi needs hundreds of bits. The reduced
// |t| <= 1/4 goes through the Taylor series of sin or cos (to degree 19 or 18, truncation under 2^-60).
import { PI_HIGH, PI_LOW } from './constants';
import { productError } from './doubleDouble';

/** Taylor coefficients (-1)^n / (2n + 1)! of sin, n = 1..9. */
const S1 = -1 / 6;
const S2 = 1 / 120;
const S3 = -1 / 5040;
const S4 = 1 / 362880;
const S5 = -1 / 39916800;
const S6 = 1 / 6227020800;
const S7 = -1 / 1307674368000;
const S8 = 1 / 355687428096000;
const S9 = -1 / 121645100408832000;
/** Taylor coefficients (-1)^n / (2n)! of cos, n = 2..9 (the 1 - theta^2/2 head is handled apart). */
const K2 = 1 / 24;
const K3 = -1 / 720;
const K4 = 1 / 40320;
const K5 = -1 / 3628800;
const K6 = 1 / 479001600;
const K7 = -1 / 87178291200;
const K8 = 1 / 20922789888000;
const K9 = -1 / 6402373705728000;
/** 2^52: every double at least this large is an integer, where sin(pi x) = 0. */
const TWO_TO_52 = 4503599627370496;

/** sin(pi t) for |t| <= 1/4. */
function sinPiSmall(t: number): number {
  const x = PI_HIGH * t;
  const low = productError(PI_HIGH, t, x) + PI_LOW * t;
  const s = x * x;
  const odd = s * (S1 + s * (S2 + s * (S3 + s * (S4 + s * (S5 + s * (S6 + s * (S7 + s * (S8 + s * S9))))))));
  return x + (x * odd + low * (1 - s * 0.5));
}

/** cos(pi t) for |t| <= 1/4. */
function cosPiSmall(t: number): number {
  const x = PI_HIGH * t;
  const low = productError(PI_HIGH, t, x) + PI_LOW * t;
  const s = x * x;
  const halfSquare = s * 0.5;
  const even = s * s * (K2 + s * (K3 + s * (K4 + s * (K5 + s * (K6 + s * (K7 + s * (K8 + s * K9)))))));
  const head = 1 - halfSquare;
  const headError = 1 - head - halfSquare;
  return head + (headError + even - x * low);
}

/** sin(pi x), deterministic across engines, exactly 0 at integers; NaN for NaN and infinities. */
export function sinPi(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  if (Math.abs(x) >= TWO_TO_52) return 0;
  // t = x - 2 round(x / 2) lies in [-1, 1] and is exact; sin(pi t) = sin(pi x).
  const t = x - 2 * Math.round(x * 0.5);
  const sign = t < 0 ? -1 : 1;
  const a = Math.abs(t);
  // sin(pi a) = sin(pi (1 - a)); then a <= 1/2, and sin(pi a) = cos(pi (1/2 - a)) above 1/4.
  const folded = a > 0.5 ? 1 - a : a;
  const value = folded > 0.25 ? cosPiSmall(0.5 - folded) : sinPiSmall(folded);
  return value === 0 ? (Object.is(x, -0) ? -0 : 0) : sign * value;
}
