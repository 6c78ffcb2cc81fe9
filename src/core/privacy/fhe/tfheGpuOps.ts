// TFHE on GPUs: the latency of one homomorphic integer operation = the sum over its KS-PBS layers
// (fhe/radixOps.ts) of the time of one batched layer. A layer of b KS-PBS on one GPU takes a fixed latency (the
// chain of one bootstrap's blind rotation plus kernel launches and synchronisation, paid whatever the batch) plus
// b times the bulk time of one KS-PBS. On g GPUs TFHE-rs (0.7 multi-GPU backend, helper_multi_gpu.cu
// get_active_gpu_count / get_num_inputs_on_gpu) gives each of min(g, b) GPUs an equal share of the layer's
// inputs; the GPUs other than the first read their inputs and write their outputs across the GPU link.
import { type RadixOperation, radixOperationLayers } from './radixOps';

/**
 * TFHE-rs 0.7 GPU benchmarks on one H100, PARAM_GPU_MULTI_BIT_MESSAGE_2_CARRY_2_GROUP_3_KS_PBS: the bitwise
 * operation on FheUint8 and FheUint64 (one KS-PBS layer over 4 and 32 blocks), seconds
 * (TFHE-rs GPU guide, Benchmarks, github.com/zama-ai/tfhe-rs at commit e4643c7, June 2024; case
 * tfhe-rs-gpu-integer-ops-1x-2x-h100).
 */
const H100_BITWISE_UINT8_S = 4.83e-3;
const H100_BITWISE_UINT64_S = 8.26e-3;
const UINT8_BLOCK_COUNT = 4;
const UINT64_BLOCK_COUNT = 32;

/**
 * Bulk seconds of one KS-PBS in a batched layer on one H100: the growth of the bitwise time from 4 to 32 blocks
 * per extra block (about 0.12 ms). Fitted, with the latency below, to the two bitwise figures; every other
 * operation, width and GPU count is a prediction.
 */
export const TFHE_H100_SECONDS_PER_BATCHED_PBS =
  (H100_BITWISE_UINT64_S - H100_BITWISE_UINT8_S) / (UINT64_BLOCK_COUNT - UINT8_BLOCK_COUNT);
/** Fixed seconds of one KS-PBS layer on one H100 (about 4.3 ms): the FheUint8 bitwise time less its bulk part. */
export const TFHE_H100_LAYER_LATENCY_S =
  H100_BITWISE_UINT8_S - UINT8_BLOCK_COUNT * TFHE_H100_SECONDS_PER_BATCHED_PBS;

/**
 * Bytes of one radix block between bootstraps: an LWE ciphertext under the GLWE key, (k N + 1) 64-bit words
 * with k = 1 and N = 2048 (PARAM_GPU_MULTI_BIT_GROUP_3_MESSAGE_2_CARRY_2_KS_PBS_GAUSSIAN_2M64, TFHE-rs 0.7).
 */
export const TFHE_RADIX_BLOCK_BYTES = (1 * 2048 + 1) * 8;

/** Seconds of one layer of `pbsCount` KS-PBS split over `gpuCount` GPUs joined at `linkBytesPerS` each way. */
export function tfheGpuLayerSeconds(pbsCount: number, gpuCount: number, linkBytesPerS: number): number {
  if (pbsCount <= 0) return 0;
  const active = Math.max(1, Math.min(gpuCount, pbsCount));
  const perGpu = Math.ceil(pbsCount / active);
  // Inputs read from and outputs written back to the first GPU by the others, both ways at once.
  const remoteBytes = active > 1 ? (pbsCount - perGpu) * TFHE_RADIX_BLOCK_BYTES : 0;
  const copyS = linkBytesPerS > 0 ? remoteBytes / linkBytesPerS : 0;
  return TFHE_H100_LAYER_LATENCY_S + perGpu * TFHE_H100_SECONDS_PER_BATCHED_PBS + copyS;
}

/** Seconds of one homomorphic integer operation on `gpuCount` H100s (both operands encrypted). */
export function tfheGpuOperationSeconds(
  operation: RadixOperation,
  bitWidthCount: number,
  gpuCount: number,
  linkBytesPerS: number,
): number {
  return radixOperationLayers(operation, bitWidthCount).reduce(
    (sum, pbsCount) => sum + tfheGpuLayerSeconds(pbsCount, gpuCount, linkBytesPerS),
    0,
  );
}
