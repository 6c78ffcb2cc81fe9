// Memory feasibility: the model (and, for training, its gradients and optimizer state) must fit in the
// memory of the GPUs that hold it; otherwise the placement cannot run.
import type { Params } from '../params/table';
import { BYTES_PER_GB } from './units';

/**
 * Bytes of optimizer state per parameter in mixed-precision Adam: fp32 master weights, first and second
 * moments (4 + 4 + 4). Source: ZeRO (Rajbhandari et al. 2020, arXiv 1910.02054), K = 12.
 */
export const ADAM_STATE_BYTES_PER_PARAMETER = 12;
/** Copies of each parameter at the training precision: the weights and their gradients. Source: as above. */
export const WEIGHT_AND_GRADIENT_COPIES = 2;

/** Whether a share of the model fits, with the memory it needs per GPU. */
export interface MemoryFit {
  requiredGbPerGpu: number;
  feasible: boolean;
  infeasibleReason?: string;
}

function memoryFit(params: Params, bytes: number, gpuCount: number, what: string): MemoryFit {
  const requiredGbPerGpu = bytes / gpuCount / BYTES_PER_GB;
  const available = params.hardware.memoryGB;
  if (requiredGbPerGpu <= available) return { requiredGbPerGpu, feasible: true };
  return {
    requiredGbPerGpu,
    feasible: false,
    infeasibleReason: `${what} needs ${requiredGbPerGpu.toFixed(1)} GB per GPU but each GPU has ${available} GB`,
  };
}

/**
 * Training state of `parameterShareFraction` of the model spread over one node's GPUs: weights and gradients
 * at bytesPerParameter each plus Adam state (16 bytes per parameter for bf16). Activations are not counted.
 */
export function trainingMemoryFit(params: Params, parameterShareFraction: number): MemoryFit {
  const { parameterCount, bytesPerParameter } = params.model;
  const bytesPerParameterTotal =
    WEIGHT_AND_GRADIENT_COPIES * bytesPerParameter + ADAM_STATE_BYTES_PER_PARAMETER;
  const bytes = parameterCount * parameterShareFraction * bytesPerParameterTotal;
  return memoryFit(
    params,
    bytes,
    params.hardware.gpusPerNodeCount,
    'Training state (weights, gradients, Adam)',
  );
}

/** Inference weights of `parameterShareFraction` of the model on one node's GPUs (KV cache not counted). */
export function inferenceMemoryFit(params: Params, parameterShareFraction: number): MemoryFit {
  const { parameterCount, bytesPerParameter } = params.model;
  const bytes = parameterCount * parameterShareFraction * bytesPerParameter;
  return memoryFit(params, bytes, params.hardware.gpusPerNodeCount, 'The model weights');
}
