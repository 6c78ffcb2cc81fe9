// The configured model trained on a stated tensor / pipeline / data split and batch, timed by the latency-wall
// curve's step model (stepTime.ts): matmuls at the achievable rate with the per-matmul latency, tensor,
// pipeline and data-parallel traffic overlapped with them, the bubble of the configured schedule. Each
// transformer layer becomes two of the curve's layers (the attention block and the feed-forward block, each
// two weight matmuls with one tensor-parallel all-reduce per pass, as Megatron splits them), whose width makes
// the curve's 2 d f weights per block equal the layer's weights.
import { architectureOf } from '../../models/fromParams';
import { transformerWeights } from '../../models/transformerWeights';
import { isLayerList } from '../../models/types';
import type { FieldError } from '../../params/constraints';
import type { Params } from '../../params/table';
import { BYTES_PER_GIB, FLOP_PER_PFLOP, SECONDS_PER_MINUTE } from '../../units';
import { TRAINING_FLOP_PER_PARAMETER_TOKEN } from '../reference';
import { configuredDeviceLimits, configuredDeviceProblem } from './configuredRunDevice';
import { bestConfiguredSplit } from './configuredSplitSearch';
import { memoryPerGpuBytes } from './memory';
import type { CurveModelShape } from './modelShape';
import { type CurveSplit, splitGpuCount } from './split';
import { type CurveStep, curveStep } from './stepTime';

/** Curve layers per transformer layer: the attention block and the feed-forward block. */
const BLOCKS_PER_LAYER_COUNT = 2;
/** Weight matmuls per curve layer and the factor in its 2 d f weights. */
const WEIGHTS_PER_BLOCK_FACTOR = 2;
/** Forward-pass FLOP per parameter and token (Kaplan et al. 2020, arXiv 2001.08361, section 2.1). */
const FORWARD_FLOP_PER_PARAMETER_TOKEN = 2;

/** The configured model as the curve's shape, with the batch of the configured run (dense transformers). */
export function configuredModelShape(params: Params): CurveModelShape {
  const architecture = architectureOf(params);
  if (isLayerList(architecture)) throw new Error('model.architecture: the configured run times transformers');
  const weights = transformerWeights(architecture);
  const layerWeightsCount = weights.attentionMatrixPerLayerCount + weights.denseFeedForwardMatrixCount;
  const width = architecture.hiddenSize;
  const batchTokensCount = params.limits.configuredBatchSequenceCount * params.model.sequenceLengthTokens;
  return {
    parameterCount: weights.totalCount,
    tokenCount: batchTokensCount,
    modelWidthCount: width,
    feedForwardWidthCount: layerWeightsCount / (BLOCKS_PER_LAYER_COUNT * WEIGHTS_PER_BLOCK_FACTOR * width),
    layerCount: BLOCKS_PER_LAYER_COUNT * architecture.layerCount,
    batchTokensCount,
  };
}

/**
 * The configured model as timed and memory-checked on `split`: stages that do not divide the layers run at the
 * pace of the fullest stage, so every stage holds ceil(layers / stages) layers; the parameter count (FLOP,
 * weights, gradients) stays the model's own.
 */
export function pacedModelShape(params: Params, split: CurveSplit): CurveModelShape {
  const layersPerStage = Math.ceil(configuredLayerCount(params) / split.pipelineStageCount);
  const model = configuredModelShape(params);
  return { ...model, layerCount: BLOCKS_PER_LAYER_COUNT * layersPerStage * split.pipelineStageCount };
}

/** Micro-batches per replica of a split, or undefined when the batch does not divide into them. */
function microBatchCountOf(params: Params, split: CurveSplit): number | undefined {
  const { limits } = params;
  const count =
    limits.configuredBatchSequenceCount /
    (split.dataParallelCount * limits.configuredMicroBatchSequenceCount);
  return Number.isInteger(count) && count >= 1 ? count : undefined;
}

/** The configured model's step on `split`, or undefined when the batch does not divide into micro-batches. */
export function configuredStep(params: Params, split: CurveSplit): CurveStep | undefined {
  const microBatchCount = microBatchCountOf(params, split);
  if (microBatchCount === undefined) return undefined;
  const layersPerStage = Math.ceil(configuredLayerCount(params) / split.pipelineStageCount);
  return curveStep(split, pacedModelShape(params, split), configuredDeviceLimits(params), {
    pipeline: {
      stageCount: split.pipelineStageCount,
      microBatchCount,
      chunksPerStageCount: Math.min(params.training.pipelineChunksPerStageCount, layersPerStage),
    },
    recomputeForward: params.limits.configuredRecomputation,
  });
}

/** The split the configured run uses and its step. */
export type ChosenSplit = { split: CurveSplit; step: CurveStep };

/** Why the configured run cannot be timed, naming the field, or undefined when it can. */
function modelProblem(params: Params): FieldError | undefined {
  const architecture = architectureOf(params);
  if (!isLayerList(architecture) && !architecture.experts) return configuredDeviceProblem(params);
  return {
    path: 'model.architecture',
    message: `${params.model.architecture}: the configured run times dense transformers only (no mixture of experts, no CNN or MLP)`,
  };
}

/** The stated split, or the best split on limits.configuredSplitSearchGpuCount GPUs when that is set. */
export function chosenSplit(params: Params): ChosenSplit | FieldError {
  const { limits } = params;
  const problem = modelProblem(params);
  if (problem) return problem;
  if (limits.configuredSplitSearchGpuCount > 0) {
    const best = bestConfiguredSplit(
      params,
      { gpuCount: limits.configuredSplitSearchGpuCount, layerCount: configuredLayerCount(params) },
      configuredStep,
    );
    return (
      best ?? {
        path: 'limits.configuredSplitSearchGpuCount',
        message:
          `no tensor x pipeline x data split of ${limits.configuredSplitSearchGpuCount} GPUs divides ` +
          `limits.configuredBatchSequenceCount (${limits.configuredBatchSequenceCount}) into whole micro-batches ` +
          `and fits the model's ${configuredLayerCount(params)} layers in memory; allowed: a GPU count with such a split`,
      }
    );
  }
  const split: CurveSplit = {
    tensorFeedForwardCount: limits.configuredTensorParallelCount,
    tensorModelCount: 1,
    pipelineStageCount: limits.configuredPipelineStageCount,
    dataParallelCount: limits.configuredDataParallelCount,
  };
  const step = configuredStep(params, split);
  return step
    ? { split, step }
    : {
        path: 'limits.configuredBatchSequenceCount',
        message:
          `${limits.configuredBatchSequenceCount} sequences do not divide into whole micro-batches; allowed: a ` +
          `multiple of limits.configuredDataParallelCount x limits.configuredMicroBatchSequenceCount ` +
          `(${limits.configuredDataParallelCount} x ${limits.configuredMicroBatchSequenceCount})`,
      };
}

/** Bytes one GPU holds at its peak on the chosen split (the check the split search applies). */
export function configuredMemoryPerGpuBytes(params: Params, chosen: ChosenSplit): number {
  const { split, step } = chosen;
  return memoryPerGpuBytes(
    split,
    pacedModelShape(params, split),
    step.microBatchTokensCount,
    configuredDeviceLimits(params),
    params.limits.configuredRecomputation,
  );
}

/** The configured run's input problems (the parameter table's cross-field rule; none when it is off). */
export function configuredRunErrors(params: Params): FieldError[] {
  if (!params.limits.configuredRunEnabled) return [];
  const chosen = chosenSplit(params);
  return 'path' in chosen ? [chosen] : [];
}

/** Model and hardware FLOP utilisation of the configured run, its step, GPUs and split. */
export function configuredRunMetrics(params: Params): Record<string, number> {
  const chosen = chosenSplit(params);
  if ('path' in chosen) throw new Error(`${chosen.path}: ${chosen.message}`);
  const { split, step } = chosen;
  const gpuCount = splitGpuCount(split);
  return {
    configuredRunModelFlopUtilisationFraction: step.utilisationFraction,
    configuredRunHardwareFlopUtilisationFraction: step.hardwareUtilisationFraction,
    configuredRunStepS: step.stepS,
    configuredRunAggregatePflops:
      (step.hardwareUtilisationFraction * gpuCount * params.hardware.peakFlopPerS) / FLOP_PER_PFLOP,
    configuredRunGpuCount: gpuCount,
    configuredRunTensorParallelCount: split.tensorFeedForwardCount,
    configuredRunPipelineStageCount: split.pipelineStageCount,
    configuredRunDataParallelCount: split.dataParallelCount,
    configuredRunMemoryPerGpuGB: configuredMemoryPerGpuBytes(params, chosen) / BYTES_PER_GIB,
    ...timeToTrain(params, step),
  };
}

/**
 * Minutes to train limits.configuredTrainTokenCount tokens: its steps, plus the evaluations' forward passes
 * (2 of a step's 6 FLOP per parameter and token, at the step's utilisation); nothing when no tokens are set.
 */
function timeToTrain(params: Params, step: CurveStep): Record<string, number> {
  const { limits } = params;
  if (limits.configuredTrainTokenCount <= 0) return {};
  const batchTokens = configuredModelShape(params).batchTokensCount;
  const evalStepsCount =
    (limits.configuredEvalTokenCount / batchTokens) *
    (FORWARD_FLOP_PER_PARAMETER_TOKEN / TRAINING_FLOP_PER_PARAMETER_TOKEN);
  const trainS = (limits.configuredTrainTokenCount / batchTokens + evalStepsCount) * step.stepS;
  return { configuredRunTimeToTrainMin: trainS / SECONDS_PER_MINUTE };
}

/** Transformer layers of the configured model (its catalogue or derived shape). */
export function configuredLayerCount(params: Params): number {
  return configuredModelShape(params).layerCount / BLOCKS_PER_LAYER_COUNT;
}
