// Bytes per value of each kind of data the work description counts, read from the precision inputs in one
// place, so a change of precision inputs touches this file only.
import type { Params } from '../params/table';

/**
 * Bytes of optimizer state per parameter in mixed-precision Adam: fp32 master weights, first and second
 * moments (4 + 4 + 4). Source: ZeRO (Rajbhandari et al. 2020, arXiv 1910.02054), K = 12.
 */
export const ADAM_STATE_BYTES_PER_PARAMETER = 12;

/** Bytes per stored value, by kind. */
export interface PrecisionBytes {
  /** One weight as stored for compute (2 for bf16, 1 for int8, about 0.56 for 4-bit with block scales). */
  weightBytesPerValue: number;
  /** One gradient value held during training (the training precision of the weights). */
  gradientBytesPerValue: number;
  /** Optimizer state per parameter. */
  optimizerBytesPerParameter: number;
  /** One activation value (hidden states crossing a boundary, KV-cache entries). */
  activationBytesPerValue: number;
}

/** The configured bytes per value. */
export function precisionBytes(params: Params): PrecisionBytes {
  const { bytesPerParameter, activationBytesPerValue } = params.model;
  return {
    weightBytesPerValue: bytesPerParameter,
    gradientBytesPerValue: bytesPerParameter,
    optimizerBytesPerParameter: ADAM_STATE_BYTES_PER_PARAMETER,
    activationBytesPerValue,
  };
}
