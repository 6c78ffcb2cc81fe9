// Exact binary scaling of doubles: every power of two, scaling with a single rounding, and a positive
// double's binary exponent. Only binaryExponent reinterprets bits; everything else in src/core/math is
// IEEE-exact arithmetic, so every conforming engine returns the same bits.

/** Exponent bias of IEEE 754 binary64. */
const EXPONENT_BIAS = 1023;
/** 2^20: one unit of the biased exponent in the high 32-bit word (multiplying keeps the word unsigned). */
const HIGH_WORD_EXPONENT_UNIT = 0x100000;
/** Smallest positive normal double, 2^-1022. */
const MIN_NORMAL = 2.2250738585072014e-308;
/** Binary orders a subnormal is lifted by before its exponent is read. */
const SUBNORMAL_LIFT_ORDERS = 54;
/** Largest and smallest exponents of a normal double. */
const MAX_NORMAL_EXPONENT = 1023;
const MIN_NORMAL_EXPONENT = -1022;
/** Intermediate step used so that a subnormal result is rounded once, not twice. */
const SUBNORMAL_STEP_ORDERS = 600;

/** Exponents of the smallest subnormal and of the largest normal power of two. */
const MIN_SUBNORMAL_EXPONENT = -1074;

/**
 * Every power of two a double can hold, 2^-1074 .. 2^1023, built by exact halving and doubling from 1 (no
 * bit tricks needed). Built once at import; never written afterwards.
 */
const POWERS_OF_TWO: Float64Array = (() => {
  const table = new Float64Array(MAX_NORMAL_EXPONENT - MIN_SUBNORMAL_EXPONENT + 1);
  let value = 1;
  for (let exponent = 0; exponent <= MAX_NORMAL_EXPONENT; exponent += 1) {
    table[exponent - MIN_SUBNORMAL_EXPONENT] = value;
    value *= 2;
  }
  value = 1;
  for (let exponent = 0; exponent >= MIN_SUBNORMAL_EXPONENT; exponent -= 1) {
    table[exponent - MIN_SUBNORMAL_EXPONENT] = value;
    value *= 0.5;
  }
  return table;
})();

/** 2^exponent, exactly, for an integer exponent in [-1074, 1023]; NaN outside. */
export function powerOfTwo(exponent: number): number {
  return POWERS_OF_TWO[exponent - MIN_SUBNORMAL_EXPONENT] ?? Number.NaN;
}

/** 2^1023 and 2^-600, exact. */
const TWO_TO_MAX_EXPONENT = powerOfTwo(MAX_NORMAL_EXPONENT);
const TWO_TO_MINUS_STEP = powerOfTwo(-SUBNORMAL_STEP_ORDERS);

/**
 * value * 2^exponent with a single rounding, for |value| in [2^-3, 2) and an integer exponent in
 * [-1100, 2046]: overflows to Infinity and underflows through the subnormals to 0 as one IEEE multiply would.
 */
export function scaleByPowerOfTwo(value: number, exponent: number): number {
  if (exponent > MAX_NORMAL_EXPONENT) {
    const rest = Math.min(exponent - MAX_NORMAL_EXPONENT, MAX_NORMAL_EXPONENT);
    return value * TWO_TO_MAX_EXPONENT * powerOfTwo(rest);
  }
  if (exponent < MIN_NORMAL_EXPONENT) {
    return value * powerOfTwo(exponent + SUBNORMAL_STEP_ORDERS) * TWO_TO_MINUS_STEP;
  }
  return value * powerOfTwo(exponent);
}

/** x / 2^exponent for finite x, exact whenever the result is normal: two scalings by representable powers. */
export function divideByPowerOfTwo(x: number, exponent: number): number {
  const half = Math.trunc(exponent / 2);
  return x * powerOfTwo(-half) * powerOfTwo(half - exponent);
}

/**
 * Private 8-byte scratch for reading a double's exponent bits. Its contents never outlive one call, so no
 * state is shared between calls; DataView's explicit (big-endian) order makes the layout platform-independent.
 */
const scratch = new DataView(new ArrayBuffer(8));
/** 2^54, exact: lifts a subnormal into the normal range before its exponent is read. */
const SUBNORMAL_LIFT = powerOfTwo(SUBNORMAL_LIFT_ORDERS);

/** floor(log2 x) for finite x > 0 (subnormals included), read exactly from the exponent bits. */
export function binaryExponent(x: number): number {
  const lifted = x < MIN_NORMAL;
  scratch.setFloat64(0, lifted ? x * SUBNORMAL_LIFT : x);
  const biasedExponent = Math.floor(scratch.getUint32(0) / HIGH_WORD_EXPONENT_UNIT);
  return biasedExponent - EXPONENT_BIAS - (lifted ? SUBNORMAL_LIFT_ORDERS : 0);
}
