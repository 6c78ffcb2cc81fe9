// Memory one GPU needs under a split: its shard of the weights and gradients (bf16) and of the optimizer state,
// each split over tensor x pipeline and further over the data-parallel replicas from its ZeRO stage on
// (optimizer 1, gradients 2, weights 3), and the activations of the micro-batches the pipeline
// schedule keeps alive (each layer's input and hidden activations of its shard).
import type { Params } from '../../params/table';
import { activationsHeldMicroBatchCount } from '../../workloads/training/pipelineSchedules';
import { BYTES_PER_VALUE } from './matmulTime';
import type { CurveModelShape } from './modelShape';
import { type CurveSplit, splitGpuCount, splitPipeline } from './split';

/**
 * Optimizer bytes per parameter: fp32 master weights and Adam's two fp32 moments, 12 bytes (Rajbhandari et
 * al. 2020, "ZeRO", section 3.1: K = 12 for mixed-precision Adam).
 */
const OPTIMIZER_BYTES_PER_PARAMETER = 12;
/** ZeRO stages (Rajbhandari et al. 2020, section 5) from which the optimizer state, gradients, then weights are sharded. */
const OPTIMIZER_SHARDED_FROM_STAGE = 1;
const GRADIENTS_SHARDED_FROM_STAGE = 2;
const WEIGHTS_SHARDED_FROM_STAGE = 3;

/**
 * Bytes one GPU holds at its peak, with the state sharded as limits.configuredZeroStage says (the paper's
 * persistent model states; the layer whose weights a stage-3 GPU has gathered is not counted), and the
 * activations kept with or without recomputation of the forward pass.
 */
export function memoryPerGpuBytes(
  split: CurveSplit,
  model: CurveModelShape,
  microTokens: number,
  limits: Params['limits'],
  recomputeForward = false,
): number {
  const modelShards = split.tensorFeedForwardCount * split.tensorModelCount * split.pipelineStageCount;
  const gpuCount = splitGpuCount(split);
  const copyBytes = BYTES_PER_VALUE * model.parameterCount;
  const stage = limits.configuredZeroStage;
  const weightBytes = copyBytes / (stage >= WEIGHTS_SHARDED_FROM_STAGE ? gpuCount : modelShards);
  const gradientBytes = copyBytes / (stage >= GRADIENTS_SHARDED_FROM_STAGE ? gpuCount : modelShards);
  const optimizerBytes =
    (OPTIMIZER_BYTES_PER_PARAMETER * model.parameterCount) /
    (stage >= OPTIMIZER_SHARDED_FROM_STAGE ? gpuCount : modelShards);
  const heldMicroBatches = activationsHeldMicroBatchCount(
    limits.pipelineSchedule,
    splitPipeline(split, model, limits),
  );
  const tensorWaysCount = split.tensorModelCount * split.tensorFeedForwardCount;
  const layerValuesPerToken =
    model.modelWidthCount / split.tensorModelCount +
    model.feedForwardWidthCount / split.tensorFeedForwardCount;
  const stageLayerCount = model.layerCount / split.pipelineStageCount;
  // Recomputation keeps only each layer's input per held micro-batch, sharded over the tensor ways, plus the
  // one layer being recomputed (Korthikanti et al. 2022, "Reducing activation recomputation in large
  // transformer models", arXiv 2205.05198: full recomputation stores each layer's input, sharded over the
  // tensor-parallel ranks with sequence parallelism; Chowdhery et al. 2022, PaLM, section 4: "one fully
  // sharded activation tensor is saved from each layer").
  const checkpointValuesPerToken = model.modelWidthCount / tensorWaysCount;
  const activationValues = recomputeForward
    ? heldMicroBatches * microTokens * stageLayerCount * checkpointValuesPerToken +
      microTokens * layerValuesPerToken
    : heldMicroBatches * microTokens * stageLayerCount * layerValuesPerToken;
  const activationBytes = activationValues * BYTES_PER_VALUE;
  return weightBytes + gradientBytes + optimizerBytes + activationBytes;
}
