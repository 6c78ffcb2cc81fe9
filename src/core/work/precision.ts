// Bytes per value of each kind of data the work description counts, read from the precision inputs in one
// place (the formats and their block scales are defined in src/core/precision/formats.ts).
import type { Params } from '../params/table';
import {
  activationBytesPerValue,
  communicationBytesPerValue,
  weightBytesPerValue,
} from '../precision/formats';

/**
 * Bytes of optimizer state per parameter in mixed-precision Adam: fp32 master weights, first and second
 * moments (4 + 4 + 4). Source: ZeRO (Rajbhandari et al. 2020, arXiv 1910.02054), K = 12.
 */
export const ADAM_STATE_BYTES_PER_PARAMETER = 12;

/** Bytes per stored value, by kind. */
export interface PrecisionBytes {
  /** One weight as stored for compute (2 for bf16, 1.0625 for int8 and 0.5625 for 4-bit with 32-value blocks). */
  weightBytesPerValue: number;
  /** One gradient value held during training (the training precision of the weights). */
  gradientBytesPerValue: number;
  /** Optimizer state per parameter. */
  optimizerBytesPerParameter: number;
  /** One activation value held in memory (hidden states, KV-cache entries). */
  activationBytesPerValue: number;
  /** One hidden-state value sent between nodes (pipeline hand-offs, tensor-parallel syncs). */
  communicationBytesPerValue: number;
}

/** The configured bytes per value. */
export function precisionBytes(params: Params): PrecisionBytes {
  const weightBytes = weightBytesPerValue(params);
  return {
    weightBytesPerValue: weightBytes,
    gradientBytesPerValue: weightBytes,
    optimizerBytesPerParameter: ADAM_STATE_BYTES_PER_PARAMETER,
    activationBytesPerValue: activationBytesPerValue(params),
    communicationBytesPerValue: communicationBytesPerValue(params),
  };
}
