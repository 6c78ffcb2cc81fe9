// Memory feasibility: the share of the model a group of GPUs holds (weights; for training also gradients,
// optimizer state and activations; for inference also the KV cache of the batch) must fit in their memory, or the placement
// cannot run. Bytes come from the work description, so they follow the architecture and precision. Capacity
// and requirement are both in GiB (2^30 bytes), the unit vendors' "GB" of memory means (units.ts).
import type { Params } from '../params/table';
import { BYTES_PER_GIB } from '../units';
import type { WorkDescription } from '../work/types';

/** Whether a share of the model fits, with the memory it needs per GPU (GiB, as hardware.memoryGB). */
export interface MemoryFit {
  requiredGibPerGpu: number;
  feasible: boolean;
  infeasibleReason?: string;
}

function memoryFit(params: Params, bytes: number, gpuCount: number, what: string): MemoryFit {
  const requiredGibPerGpu = bytes / gpuCount / BYTES_PER_GIB;
  const availableGib = params.hardware.memoryGB;
  if (requiredGibPerGpu <= availableGib) return { requiredGibPerGpu, feasible: true };
  return {
    requiredGibPerGpu,
    feasible: false,
    infeasibleReason: `${what} needs ${requiredGibPerGpu.toFixed(1)} GiB per GPU but each GPU has ${availableGib} GiB (hardware.memoryGB)`,
  };
}

/**
 * Training state of `parameterShareFraction` of the model spread over one node's GPUs (weights, gradients
 * and optimizer state: 16 bytes per parameter for bf16 with Adam), plus the activations one GPU holds
 * (`activationBytesPerGpu`, from trainingActivationMemory.ts).
 */
export function trainingMemoryFit(
  params: Params,
  work: WorkDescription,
  parameterShareFraction: number,
  activationBytesPerGpu: number,
): MemoryFit {
  const gpuCount = params.hardware.gpusPerNodeCount;
  const stateBytes =
    (work.weightBytes + work.gradientBytes + work.optimizerStateBytes) * parameterShareFraction;
  return memoryFit(
    params,
    stateBytes + activationBytesPerGpu * gpuCount,
    gpuCount,
    `Training state (weights, gradients, optimizer) and activations (${(activationBytesPerGpu / BYTES_PER_GIB).toFixed(1)} GiB per GPU)`,
  );
}

/**
 * Inference weights of `parameterShareFraction` of the model on one node's GPUs, with the same share of the
 * KV cache of the batch at its longest (prompt plus output; no cache for one forward pass).
 */
export function inferenceMemoryFit(
  params: Params,
  work: WorkDescription,
  parameterShareFraction: number,
): MemoryFit {
  const { promptTokenCount, outputTokenCount, batchSizeCount, mode } = params.inference;
  const cachedTokens = mode === 'generate' ? batchSizeCount * (promptTokenCount + outputTokenCount) : 0;
  const bytes = (work.weightBytes + cachedTokens * work.kvCacheBytesPerToken) * parameterShareFraction;
  return memoryFit(params, bytes, params.hardware.gpusPerNodeCount, 'The model weights and KV cache');
}
