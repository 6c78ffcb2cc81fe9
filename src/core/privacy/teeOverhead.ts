// The cost of running a job inside GPU trusted execution (confidential-computing mode): compute inside the GPU
// is nearly free, but every byte that leaves the GPU package goes through encrypted bounce buffers.
// Shared by the TEE privacy technique and TEE attestation (verification).
import type { EffectContext, StepTerm } from '../engine/types';
import { numberParam } from '../params/spec';

/** Parameters of GPU trusted execution (group `tee`). */
export const TEE_PARAMS = {
  breachProbabilityFraction: numberParam({
    label: 'Probability the TEE is broken',
    unit: 'fraction',
    default: 0.01,
    min: 0,
    max: 1,
    scale: 'linear',
    description:
      'Chance over the job that the hardware vendor or a side channel defeats the enclave, so an adversarial operator can read the data or forge results.',
    source: 'assumption: set it to your threat model (docs/model/privacy.md: a probability the user sets)',
  }),
  encryptedTransferGBps: numberParam({
    label: 'Encrypted transfer rate',
    unit: 'GB/s',
    default: 4,
    min: 0.1,
    max: 1000,
    scale: 'log',
    description:
      'Throughput of data leaving a GPU in confidential mode (AES-GCM through CPU bounce buffers), for CPU-GPU and GPU-GPU traffic.',
    source:
      'assumption: a few GB/s of CPU-side AES-GCM; Lee et al. 2025 (arXiv 2501.11771) measure 8.68x average slowdown of 4-GPU data-parallel training in GPU TEEs',
  }),
} as const;

/** Parameters of the model in the Phala benchmark's 6.85% point (Llama-3.1-8B). */
const PHALA_REFERENCE_PARAMETER_COUNT = 8e9;
/** Throughput overhead Phala measured for Llama-3.1-8B on one H100 in CC mode (arXiv 2409.03992). */
const PHALA_REFERENCE_OVERHEAD_FRACTION = 0.0685;
/** H100 SXM dense bf16 peak and the datacentre MFU used to turn the 8B point into seconds per token. */
const REFERENCE_H100_EFFECTIVE_FLOP_PER_S = 989e12 * 0.433;
/** Inference FLOP per parameter per token. */
const INFERENCE_FLOP_PER_PARAMETER = 2;
/**
 * CC-mode I/O cost per generated or prompt token (encrypted CPU-GPU crossings of each step), seconds.
 * Calibrated to Phala's 8B point: overhead / (1 - overhead) x compute time of one 8B token on an H100.
 * It predicts about 0.8% for a 70B model (published: about 0).
 */
export const TEE_IO_SECONDS_PER_TOKEN =
  ((INFERENCE_FLOP_PER_PARAMETER * PHALA_REFERENCE_PARAMETER_COUNT) / REFERENCE_H100_EFFECTIVE_FLOP_PER_S) *
  (PHALA_REFERENCE_OVERHEAD_FRACTION / (1 - PHALA_REFERENCE_OVERHEAD_FRACTION));
/** Bytes per GB. */
const BYTES_PER_GB = 1e9;
/** Tensor-parallel all-reduces per layer per token (attention output and MLP output; Megatron-LM). */
const TENSOR_PARALLEL_SYNCS_PER_LAYER_COUNT = 2;
/** A ring all-reduce moves 2(g-1)/g of the buffer per GPU, so 2(g-1) buffers in total across g GPUs. */
const RING_ALL_REDUCE_BUFFERS_PER_EXTRA_GPU_COUNT = 2;

/**
 * Bytes per step that cross encrypted links inside one node when it has several GPUs: the gradient
 * all-reduce between them (training) or the tensor-parallel activation syncs (inference).
 */
export function intraNodeEncryptedBytes(context: EffectContext): number {
  const { params, workload } = context;
  const extraGpuCount = params.hardware.gpusPerNodeCount - 1;
  if (extraGpuCount <= 0) return 0;
  const buffersCount = RING_ALL_REDUCE_BUFFERS_PER_EXTRA_GPU_COUNT * extraGpuCount;
  if (params.workload.kind === 'training') {
    return buffersCount * params.model.parameterCount * params.model.bytesPerParameter;
  }
  const tokensPerNode = workload.tokensPerStep / Math.max(1, params.network.nodeCount);
  const activationBytesPerSync = params.model.hiddenSize * params.model.bytesPerParameter;
  return (
    buffersCount *
    tokensPerNode *
    params.model.layerCount *
    TENSOR_PARALLEL_SYNCS_PER_LAYER_COUNT *
    activationBytesPerSync
  );
}

/** What confidential-computing mode adds to a step, and how many bytes it encrypts. */
export interface TeeOverhead {
  terms: StepTerm[];
  encryptedBytesPerNodePerStep: number;
}

/** CC-mode cost of one step, charged to the given step category. */
export function teeOverhead(context: EffectContext, category: StepTerm['category']): TeeOverhead {
  const { params, workload } = context;
  const tokensPerNode = workload.tokensPerStep / Math.max(1, params.network.nodeCount);
  const ioS = params.workload.kind === 'inference' ? tokensPerNode * TEE_IO_SECONDS_PER_TOKEN : 0;
  const encryptedBytes = workload.trafficBytesPerNodePerStep + intraNodeEncryptedBytes(context);
  const encryptS = encryptedBytes / (params.tee.encryptedTransferGBps * BYTES_PER_GB);
  return {
    terms: [
      { name: 'TEE: encrypted CPU-GPU I/O per token', category, seconds: ioS, driver: 'compute' },
      { name: 'TEE: encrypting traffic that leaves the GPU', category, seconds: encryptS, driver: 'fixed' },
    ],
    encryptedBytesPerNodePerStep: encryptedBytes,
  };
}
