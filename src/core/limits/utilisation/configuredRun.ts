// The configured model trained on a stated tensor / pipeline / data split and batch, timed by the latency-wall
// curve's step model (stepTime.ts): matmuls at the achievable rate with the per-matmul latency, tensor,
// pipeline and data-parallel traffic overlapped with them, the bubble of the configured schedule. Each
// transformer layer becomes two of the curve's layers (the attention block and the feed-forward block, each
// two weight matmuls with one tensor-parallel all-reduce per pass, as Megatron splits them), whose width makes
// the curve's 2 d f weights per block equal the layer's weights.
import type { Params } from '../../params/table';
import type { CurveModelShape } from './modelShape';
import { type CurveSplit, splitGpuCount } from './split';
import { curveStep } from './stepTime';

/** Curve layers per transformer layer: the attention block and the feed-forward block. */
const BLOCKS_PER_LAYER_COUNT = 2;
/** Weight matmuls per curve layer and the factor in its 2 d f weights. */
const WEIGHTS_PER_BLOCK_FACTOR = 2;
const FLOP_PER_TFLOP = 1e12;
const FLOP_PER_PFLOP = 1e15;

/** The configured model as the curve's shape, with the batch of the configured run. */
export function configuredModelShape(params: Params): CurveModelShape {
  const { model, limits } = params;
  const embeddingCopies = model.tiedEmbeddings ? 1 : 2;
  const embeddingCount = embeddingCopies * model.vocabularySize * model.hiddenSize;
  const layerWeightsCount = (model.parameterCount - embeddingCount) / model.layerCount;
  const batchTokensCount = limits.configuredBatchSequenceCount * model.sequenceLengthTokens;
  return {
    parameterCount: model.parameterCount,
    tokenCount: batchTokensCount,
    modelWidthCount: model.hiddenSize,
    feedForwardWidthCount:
      layerWeightsCount / (BLOCKS_PER_LAYER_COUNT * WEIGHTS_PER_BLOCK_FACTOR * model.hiddenSize),
    layerCount: BLOCKS_PER_LAYER_COUNT * model.layerCount,
    batchTokensCount,
  };
}

/**
 * The curve's inputs with the configured device's peak, memory bandwidth, memory and GPUs per node, and the
 * matmul efficiency of a whole training step.
 */
function deviceLimits(params: Params): Params['limits'] {
  const { hardware, limits } = params;
  return {
    ...limits,
    achievableMatmulFraction: limits.configuredMatmulFraction,
    gpuPeakTflops: hardware.peakFlopPerS / FLOP_PER_TFLOP,
    gpuMemoryBandwidthTBps: hardware.memoryBandwidthTBps,
    gpuMemoryGB: hardware.memoryGB,
    nodeGpuCount: hardware.gpusPerNodeCount,
  };
}

/** Model and hardware FLOP utilisation of the configured run, its step and GPUs. */
export function configuredRunMetrics(params: Params): Record<string, number> {
  const { limits, training } = params;
  const split: CurveSplit = {
    tensorFeedForwardCount: limits.configuredTensorParallelCount,
    tensorModelCount: 1,
    pipelineStageCount: limits.configuredPipelineStageCount,
    dataParallelCount: limits.configuredDataParallelCount,
  };
  const microBatchCount =
    limits.configuredBatchSequenceCount /
    (limits.configuredDataParallelCount * limits.configuredMicroBatchSequenceCount);
  if (!Number.isInteger(microBatchCount)) {
    throw new Error(
      `limits.configuredBatchSequenceCount (${limits.configuredBatchSequenceCount}) must be a multiple of ` +
        `limits.configuredDataParallelCount x limits.configuredMicroBatchSequenceCount ` +
        `(${limits.configuredDataParallelCount} x ${limits.configuredMicroBatchSequenceCount})`,
    );
  }
  const model = configuredModelShape(params);
  const gpuCount = splitGpuCount(split);
  const step = curveStep(split, model, deviceLimits(params), {
    pipeline: {
      stageCount: split.pipelineStageCount,
      microBatchCount,
      chunksPerStageCount: training.pipelineChunksPerStageCount,
    },
    recomputeForward: limits.configuredRecomputation,
  });
  return {
    configuredRunModelFlopUtilisationFraction: step.utilisationFraction,
    configuredRunHardwareFlopUtilisationFraction: step.hardwareUtilisationFraction,
    configuredRunStepS: step.stepS,
    configuredRunAggregatePflops:
      (step.hardwareUtilisationFraction * gpuCount * params.hardware.peakFlopPerS) / FLOP_PER_PFLOP,
    configuredRunGpuCount: gpuCount,
  };
}
