// TFHE: the table lookups (each one KS-PBS) a pass needs, by precision, as a compiler such as Concrete ML lays
// them out. Linear layers with clear weights are levelled (additions and clear multiplications, no bootstrap).
// Every non-linear element is one lookup at the quantisation bit width (the compiler rounds the accumulator to
// that many most-significant bits first). A product of two encrypted values (the attention matrices) costs two
// lookups on values one bit wider: x * y = ((x + y)^2 - (x - y)^2) / 4, each square a lookup on a sum.
import { FLOP_PER_MULTIPLY_ACCUMULATE, type PassOperations, totalNonlinearCount } from '../operationCounts';

/** Lookups per product of two encrypted values (Concrete: two squares of a sum and a difference). */
export const TFHE_LOOKUPS_PER_ENCRYPTED_PRODUCT_COUNT = 2;
/** Extra bits of a sum of two b-bit values, the input of those squares. */
export const TFHE_ENCRYPTED_PRODUCT_EXTRA_BITS_COUNT = 1;

/** Lookups at one precision. */
export interface LookupGroup {
  precisionBits: number;
  lookupCount: number;
}

/** The lookups of a pass's operations when values are quantised to `bitWidthCount` bits. */
export function tfheLookupGroups(operations: PassOperations, bitWidthCount: number): LookupGroup[] {
  const encryptedProducts = operations.attentionFlop / FLOP_PER_MULTIPLY_ACCUMULATE;
  return [
    { precisionBits: bitWidthCount, lookupCount: totalNonlinearCount(operations.nonlinear) },
    {
      precisionBits: bitWidthCount + TFHE_ENCRYPTED_PRODUCT_EXTRA_BITS_COUNT,
      lookupCount: encryptedProducts * TFHE_LOOKUPS_PER_ENCRYPTED_PRODUCT_COUNT,
    },
  ];
}
