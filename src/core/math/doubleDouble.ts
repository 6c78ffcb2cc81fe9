// Error-free transformations: a sum or product of two doubles written exactly as a rounded value plus its
// rounding error (Knuth's TwoSum, Dekker's TwoProduct with Veltkamp splitting). They use only +, - and *, so
// they carry extra precision through exp, log and pow without fused multiply-add or engine maths. The error
// functions return one number, so hot paths allocate nothing.

/** An unevaluated sum hi + lo, with |lo| at most about half an ulp of hi. */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

/** 2^27 + 1: splits a double into two halves of at most 26 significant bits each (Veltkamp). */
const VELTKAMP_SPLITTER = 134217729;

/** The exact rounding error a + b - sum, where sum is the rounded a + b (Knuth's TwoSum; any magnitudes). */
export function sumError(a: number, b: number, sum: number): number {
  const bPart = sum - a;
  return a - (sum - bPart) + (b - bPart);
}

/** The exact rounding error a * b - product, where product is the rounded a * b (Dekker; |a|, |b| < 1e290). */
export function productError(a: number, b: number, product: number): number {
  const aScaled = VELTKAMP_SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = VELTKAMP_SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/** (value.hi + value.lo) * (factorHi + factorLo) to about 2^-100 relative, as a double-double. */
export function multiplyDoubleDouble(value: DoubleDouble, factorHi: number, factorLo: number): DoubleDouble {
  const product = value.hi * factorHi;
  const correction = productError(value.hi, factorHi, product) + (value.hi * factorLo + value.lo * factorHi);
  const hi = product + correction;
  return { hi, lo: sumError(product, correction, hi) };
}
