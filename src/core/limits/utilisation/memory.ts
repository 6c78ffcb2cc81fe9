// Memory one GPU needs under a split: its weight and gradient shard in bf16, its share of the optimizer
// state (sharded over data-parallel replicas, ZeRO stage 1), and the activations of the micro-batches the
// pipeline schedule keeps alive (each layer's input and hidden activations of its shard).
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
/** Weights and their gradients, each held in bf16. */
const WEIGHT_COPIES_COUNT = 2;

/** Bytes one GPU holds at its peak. */
export function memoryPerGpuBytes(
  split: CurveSplit,
  model: CurveModelShape,
  microTokens: number,
  limits: Params['limits'],
): number {
  const modelShards = split.tensorFeedForwardCount * split.tensorModelCount * split.pipelineStageCount;
  const weightBytes = (WEIGHT_COPIES_COUNT * BYTES_PER_VALUE * model.parameterCount) / modelShards;
  const optimizerBytes = (OPTIMIZER_BYTES_PER_PARAMETER * model.parameterCount) / splitGpuCount(split);
  const heldMicroBatches = activationsHeldMicroBatchCount(
    limits.pipelineSchedule,
    splitPipeline(split, model, limits),
  );
  const activationValuesPerToken =
    model.modelWidthCount / split.tensorModelCount +
    model.feedForwardWidthCount / split.tensorFeedForwardCount;
  const activationBytes =
    heldMicroBatches *
    microTokens *
    (model.layerCount / split.pipelineStageCount) *
    activationValuesPerToken *
    BYTES_PER_VALUE;
  return weightBytes + optimizerBytes + activationBytes;
}
