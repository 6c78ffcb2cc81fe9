// Test helpers for exact comparisons of doubles: the float64 bit pattern as hex, and the distance between two
// doubles in units in the last place (how many representable doubles lie between them).

/** The 16-hex-digit IEEE 754 bit pattern of x (big-endian, as a double is usually written). */
export function toHex(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** The double whose bit pattern is `hex` (the inverse of toHex). */
export function fromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** Position of x on the line of doubles ordered by value (+0 and -0 share a position). */
function orderedIndex(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Units in the last place between a and b: 0 when identical (NaN matches NaN), Infinity when one is NaN. */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b))
    return Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.POSITIVE_INFINITY;
  const difference = orderedIndex(a) - orderedIndex(b);
  return Number(difference < 0n ? -difference : difference);
}

/** The next double above x (toward +Infinity). */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** True when the hex pattern is a NaN (all exponent bits set, mantissa not zero). */
function isNaNPattern(hex: string): boolean {
  return Number.isNaN(fromHex(hex));
}

/**
 * Whether two results are the same double: identical bit patterns, or both NaN (ECMAScript leaves a NaN's
 * sign and payload bits to the engine, so any NaN matches any NaN; -0 and +0 still differ).
 */
export function sameBits(expectedHex: string, actualHex: string): boolean {
  return expectedHex === actualHex || (isNaNPattern(expectedHex) && isNaNPattern(actualHex));
}
