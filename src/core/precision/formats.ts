// Numeric formats: bytes per value (with block scales) and which device peak a matrix product runs at.
// The one place that turns a precision choice into bytes and FLOP/s.
import type { HardwareValues } from '../devices/confidentialModes';
import type { PRECISION_OPTIONS } from '../params/groups/precision';
import type { Params } from '../params/table';
import { BITS_PER_BYTE } from '../units';

/** A numeric format id. */
export type PrecisionFormat = (typeof PRECISION_OPTIONS)[number];

/** Bytes of the scale stored per block in block-scaled formats (fp16). Source: GGML Q8_0/Q4_0 block layout. */
export const BLOCK_SCALE_BYTES = 2;

/** The shape of one format: its width, whether it stores block scales, and the device peak it runs at. */
interface FormatSpec {
  bits: number;
  blockScaled: boolean;
  peak: keyof Pick<
    HardwareValues,
    'peakFp32FlopPerS' | 'peakFlopPerS' | 'peakFp8FlopPerS' | 'peakInt8OpPerS' | 'peak4BitOpPerS'
  >;
  /** The next wider format to run at when the device has no native units for this one. */
  fallback?: PrecisionFormat;
}

/** Formats, narrowest last. Sources: IEEE 754 (fp32), bfloat16, OCP fp8 (E4M3/E5M2), GGML block formats. */
export const FORMAT_SPECS: Readonly<Record<PrecisionFormat, FormatSpec>> = {
  fp32: { bits: 32, blockScaled: false, peak: 'peakFp32FlopPerS' },
  bf16: { bits: 16, blockScaled: false, peak: 'peakFlopPerS', fallback: 'fp32' },
  fp8: { bits: 8, blockScaled: false, peak: 'peakFp8FlopPerS', fallback: 'bf16' },
  int8: { bits: 8, blockScaled: true, peak: 'peakInt8OpPerS', fallback: 'bf16' },
  int4: { bits: 4, blockScaled: true, peak: 'peak4BitOpPerS', fallback: 'int8' },
};

/** Bytes per value of a format, including its share of a 16-bit block scale. */
export function bytesPerValue(format: PrecisionFormat, blockSizeValues: number): number {
  const spec = FORMAT_SPECS[format];
  return spec.bits / BITS_PER_BYTE + (spec.blockScaled ? BLOCK_SCALE_BYTES / blockSizeValues : 0);
}

/** Bytes per stored weight (and per gradient value in training). */
export function weightBytesPerValue(params: Params): number {
  return bytesPerValue(params.precision.weights, params.precision.blockSizeValues);
}

/** Bytes per activation value held in memory (activations, KV cache). */
export function activationBytesPerValue(params: Params): number {
  return bytesPerValue(params.precision.activations, params.precision.blockSizeValues);
}

/** Bytes per hidden-state value sent between nodes. */
export function communicationBytesPerValue(params: Params): number {
  return bytesPerValue(params.precision.communication, params.precision.blockSizeValues);
}

/** The format matrix products run in: the wider of the weight and activation formats. */
export function computeFormat(params: Params): PrecisionFormat {
  const { weights, activations } = params.precision;
  return FORMAT_SPECS[weights].bits >= FORMAT_SPECS[activations].bits ? weights : activations;
}

/** The device peak for a format, falling back to the next wider format when the device has none (0). */
export function peakForFormat(hardware: HardwareValues, format: PrecisionFormat): number {
  const spec = FORMAT_SPECS[format];
  const peak = hardware[spec.peak];
  if (peak > 0 || !spec.fallback) return peak;
  return peakForFormat(hardware, spec.fallback);
}

/** Peak FLOP/s of one device for the configured matrix-product format. */
export function computePeakFlopPerS(params: Params): number {
  return peakForFormat(params.hardware, computeFormat(params));
}
