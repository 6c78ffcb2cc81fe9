// TFHE: accuracy lost to quantising values to the configured bit width (CKKS is taken as lossless: NEXUS and
// THOR report plaintext-level accuracy).
import { pow } from '../../math/index';
import type { Params } from '../../params/table';

/**
 * Accuracy lost by quantising to 6 bits for TFHE: Concrete ML ResNet18 top-1 67% plain, 55% under FHE.
 * Fitted to that case.
 */
export const TFHE_ACCURACY_LOSS_AT_6_BITS_FRACTION = 0.67 - 0.55;
/** Bit width of that accuracy point. */
export const TFHE_ACCURACY_REFERENCE_BITS = 6;
/**
 * Quantisation noise power falls by 4 per extra bit; the accuracy loss is taken proportional to it
 * (assumption: a first-order model with one calibration point).
 */
export const TFHE_ACCURACY_LOSS_FACTOR_PER_BIT = 4;

/** Accuracy lost to quantisation (TFHE) or approximation (CKKS, none). */
export function fheAccuracyLossFraction(params: Params): number {
  if (params.fhe.scheme === 'ckks') return 0;
  const extraBits = params.fhe.messageBitWidthCount - TFHE_ACCURACY_REFERENCE_BITS;
  return Math.min(
    1,
    TFHE_ACCURACY_LOSS_AT_6_BITS_FRACTION * pow(TFHE_ACCURACY_LOSS_FACTOR_PER_BIT, -extraBits),
  );
}
