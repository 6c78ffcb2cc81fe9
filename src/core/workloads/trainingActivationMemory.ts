// Activation memory of training per GPU: what one GPU holds of the activations the work description counts
// per item, given how the strategy places the work. Tensor-parallel GPUs split every activation with
// sequence parallelism (Korthikanti et al. 2022, arXiv 2205.05198, section 4.2.2: s b h (34 + 5 a s / h) / t
// per layer), a pipeline stage holds its share of the layers for the micro-batches its schedule keeps in
// flight, and the last stage also holds the output layer's logits (section 4.3).
import type { Params } from '../params/table';
import type { WorkDescription } from '../work/types';
import { activationsHeldMicroBatchCount, type PipelineShape } from './training/pipelineSchedules';
import { tensorParallelDegree } from './training/tensorParallel';

/** Where the activations of one step live. */
export interface ActivationPlacement {
  /** Items (sequences or samples) of one micro-batch on one GPU, after the tensor-parallel split. */
  itemsPerGpuMicroBatch: number;
  /** Pipeline stages the layers are split over (1 without a pipeline). */
  stageCount: number;
  /** Micro-batches the first stage holds at its peak (1 without a pipeline). */
  heldMicroBatchCount: number;
}

/**
 * Bytes of activations on the busiest GPU: the first stage with its micro-batches in flight, or the last
 * stage with one micro-batch and the output layer, whichever is larger (the same stage without a pipeline).
 */
export function activationBytesPerGpu(work: WorkDescription, placement: ActivationPlacement): number {
  const { itemsPerGpuMicroBatch: items, stageCount, heldMicroBatchCount } = placement;
  const stageLayersBytes = work.trainingActivationBytesPerItem / stageCount;
  const firstStage = heldMicroBatchCount * items * stageLayersBytes;
  const lastStage = items * (stageLayersBytes + work.trainingOutputActivationBytesPerItem);
  return Math.max(firstStage, lastStage);
}

/** Items of one training step on one node (sequences for a transformer, samples for a CNN or MLP). */
function itemsPerNode(work: WorkDescription): number {
  const pass = work.passes.trainingStep;
  if (!pass) throw new Error(`No training pass for a ${work.family} model`);
  return pass.itemCount;
}

/**
 * Data-parallel and low-communication training: each tensor-parallel group of t GPUs runs micro-batches of
 * `training.microBatchSequenceCount` items (fewer if the node has fewer per group) and accumulates gradients.
 */
export function dataParallelActivationPlacement(params: Params, work: WorkDescription): ActivationPlacement {
  const degree = tensorParallelDegree(params);
  const groupItems = (itemsPerNode(work) * degree) / params.hardware.gpusPerNodeCount;
  const microBatchItems = Math.min(params.training.microBatchSequenceCount, groupItems);
  return { itemsPerGpuMicroBatch: microBatchItems / degree, stageCount: 1, heldMicroBatchCount: 1 };
}

/** Pipeline training: a node's step is split into M micro-batches shared by its GPUs; the schedule sets how many are held. */
export function pipelineActivationPlacement(
  params: Params,
  work: WorkDescription,
  shape: PipelineShape,
): ActivationPlacement {
  return {
    itemsPerGpuMicroBatch: itemsPerNode(work) / shape.microBatchCount / params.hardware.gpusPerNodeCount,
    stageCount: shape.stageCount,
    heldMicroBatchCount: activationsHeldMicroBatchCount(params.training.pipelineSchedule, shape),
  };
}
