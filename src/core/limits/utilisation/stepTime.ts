// One optimizer step of a run split into tensor (two ways: over d_ff and over d_model), pipeline and data
// parallelism: every GPU's matmuls at their real size with the per-matmul latency, the link traffic of the
// three kinds of parallelism overlapped with them, the pipeline bubble, and the chain of one-way network
// delays on the critical path that nothing hides (Erdil and Schneider-Joseph, arXiv 2411.01137).
import type { Params } from '../../params/table';
import { BYTES_PER_GB, BYTES_PER_GIB, FLOP_PER_TFLOP, SECONDS_PER_US } from '../../units';
import {
  criticalPathHopCount,
  type PipelineShape,
  pipelineBubbleFraction,
} from '../../workloads/training/pipelineSchedules';
import { TRAINING_FLOP_PER_PARAMETER_TOKEN } from '../reference';
import {
  allReduceBusyS,
  allReduceDelayCount,
  type LinkBusyS,
  PLACEMENT_ORDERS,
  placeSplit,
  type SplitPlacement,
} from './groupCollective';
import { BYTES_PER_VALUE, matmulTimeS } from './matmulTime';
import { memoryPerGpuBytes } from './memory';
import { type CurveModelShape, MATMULS_PER_LAYER_COUNT } from './modelShape';
import { type CurveSplit, splitGpuCount, splitPipeline } from './split';
import { type SplitShares, splitShares } from './splitShares';

/** Passes over each weight matrix per micro-batch that read it: forward and backward to the input. */
const ACTIVATION_PASSES_COUNT = 2;
/** Training FLOP per parameter and token with the forward pass recomputed before the backward pass (8 = 6 + 2). */
const RECOMPUTED_FLOP_PER_PARAMETER_TOKEN = 8;
/** Passes with a tensor-parallel all-reduce per layer: forward and backward. */
const COMMUNICATING_PASSES_COUNT = 2;
/**
 * Micro-batches a stage needs in flight before a zero-bubble schedule can fill one micro-batch's network
 * waits with another's passes. With one, the forward pass has nothing to overlap with; the backward pass's
 * waits are filled by the weight-gradient passes that Qi et al. 2023 ("Zero Bubble Pipeline Parallelism",
 * arXiv 2401.10241) split from it, unless `limits.backwardWaitOverlap` is none (Erdil and Schneider-Joseph's
 * code asks for 2p micro-batches and otherwise pays every wait).
 */
const MICRO_BATCHES_TO_FILL_WAITS_COUNT = 2;

/** Step time of a split and what it achieves. */
export interface CurveStep {
  stepS: number;
  utilisationFraction: number;
  memoryFits: boolean;
  microBatchTokensCount: number;
  /** Hardware FLOP utilisation: the model's FLOP plus the recomputed forward pass, over peak. */
  hardwareUtilisationFraction: number;
}

/** A step's explicit pipeline and recomputation (the curve's own search leaves both to the schedule). */
export interface CurveStepOptions {
  /** Micro-batches and chunks per stage; default: the schedule's fewest micro-batches, one layer per chunk. */
  pipeline?: PipelineShape;
  /** Recompute each layer's forward pass before its backward pass (activation checkpointing). */
  recomputeForward?: boolean;
}

/**
 * Step of `split` training `model`: the chain of unhidden delays + max(matmuls, busiest link) / (1 - bubble).
 * A zero-bubble schedule with enough micro-batches also hides the tensor and pipeline delays behind other
 * micro-batches' passes, so only the data-parallel delays stay outside the max (as Erdil and Schneider-Joseph's
 * model treats zero-bubble schedules; Qi et al. 2023 fill the bubble with weight-gradient passes).
 */
export function curveStep(
  split: CurveSplit,
  model: CurveModelShape,
  limits: Params['limits'],
  options: CurveStepOptions = {},
): CurveStep {
  const ffn = split.tensorFeedForwardCount;
  const width = split.tensorModelCount;
  const stages = split.pipelineStageCount;
  const pipeline = options.pipeline ?? splitPipeline(split, model, limits);
  const activationPasses = ACTIVATION_PASSES_COUNT + (options.recomputeForward ? 1 : 0);
  const micro = pipeline.microBatchCount;
  const shares = splitShares(split, model, micro, limits);
  const microTokens = shares.microBatchTokensCount;
  const layersPerStage = shares.layersPerStageCount;
  const shardRows = shares.shardRowsCount;
  const shardColumns = shares.shardColumnsCount;
  const perMatmulS =
    activationPasses * matmulTimeS(shardRows, shardColumns, microTokens, 'activation', limits) +
    matmulTimeS(shardRows, shardColumns, microTokens, 'weight-gradient', limits);
  const matmulS = layersPerStage * micro * MATMULS_PER_LAYER_COUNT * perMatmulS;
  // One micro-batch's forward and input-gradient matmuls through every stage: its own dependency path.
  const onePathMatmulS =
    layersPerStage *
    stages *
    MATMULS_PER_LAYER_COUNT *
    activationPasses *
    matmulTimeS(shardRows, shardColumns, microTokens, 'activation', limits);

  const bubble = pipelineBubbleFraction(limits.pipelineSchedule, pipeline);
  const hidesPipelineChain = limits.pipelineSchedule === 'zero-bubble' && bubble === 0;
  const sizes = { feedForward: ffn, model: width, stages, replicas: split.dataParallelCount };
  const stepS = Math.min(
    ...PLACEMENT_ORDERS.map((order) => {
      const placement = placeSplit(sizes, limits.nodeGpuCount, order);
      const times = networkTimes(placement, split, model, pipeline, shares, limits);
      if (hidesPipelineChain) {
        return zeroBubbleStepS(times, matmulS, onePathMatmulS, micro, limits);
      }
      return times.pipelineChainS + times.dataChainS + Math.max(matmulS, times.busiestLinkS) / (1 - bubble);
    }),
  );
  const peakS =
    (TRAINING_FLOP_PER_PARAMETER_TOKEN * model.parameterCount * model.batchTokensCount) /
    (splitGpuCount(split) * limits.gpuPeakTflops * FLOP_PER_TFLOP);
  const hardwareFlopRatio = options.recomputeForward
    ? RECOMPUTED_FLOP_PER_PARAMETER_TOKEN / TRAINING_FLOP_PER_PARAMETER_TOKEN
    : 1;
  return {
    stepS,
    utilisationFraction: peakS / stepS,
    memoryFits: memoryFitsAt(split, model, microTokens, limits, options.recomputeForward),
    microBatchTokensCount: microTokens,
    hardwareUtilisationFraction: (hardwareFlopRatio * peakS) / stepS,
  };
}

/**
 * A zero-bubble step: other micro-batches' passes fill a micro-batch's network waits, so the step is the
 * longest of the matmuls, the busiest link and the chain of waits. With fewer than two micro-batches in flight
 * a share of the waits stays on the step (interpolated between whole counts): the forward pass's, and the
 * backward pass's too unless `limits.backwardWaitOverlap` lets its weight-gradient passes fill them (then the
 * micro-batch's own path, its activation matmuls and backward waits, bounds the step).
 */
function zeroBubbleStepS(
  times: NetworkTimes,
  matmulS: number,
  onePathMatmulS: number,
  microBatchCount: number,
  limits: Params['limits'],
): number {
  const chainS = times.pipelineChainS;
  const unfilledShare = Math.max(0, Math.min(1, MICRO_BATCHES_TO_FILL_WAITS_COUNT - microBatchCount));
  const hiddenChainS = (1 - unfilledShare) * chainS;
  if (limits.backwardWaitOverlap === 'none') {
    return unfilledShare * chainS + Math.max(matmulS, times.busiestLinkS, hiddenChainS) + times.dataChainS;
  }
  const forwardChainS = chainS / COMMUNICATING_PASSES_COUNT;
  const pathS = unfilledShare * (onePathMatmulS + chainS - forwardChainS);
  return (
    unfilledShare * forwardChainS +
    Math.max(matmulS, times.busiestLinkS, hiddenChainS, pathS) +
    times.dataChainS
  );
}

/** Whether one GPU's memory holds the split at `microTokens` tokens per micro-batch. */
function memoryFitsAt(
  split: CurveSplit,
  model: CurveModelShape,
  microTokens: number,
  limits: Params['limits'],
  recomputeForward = false,
): boolean {
  return (
    memoryPerGpuBytes(split, model, microTokens, limits, recomputeForward) <=
    limits.gpuMemoryGB * BYTES_PER_GIB
  );
}

/** Whether the split's memory fits (what curveStep reports as memoryFits, without timing the step). */
export function splitMemoryFits(
  split: CurveSplit,
  model: CurveModelShape,
  limits: Params['limits'],
): boolean {
  const micro = splitPipeline(split, model, limits).microBatchCount;
  return memoryFitsAt(split, model, splitShares(split, model, micro, limits).microBatchTokensCount, limits);
}

/** Busiest link's seconds per step and the chains of one-way delays (pipeline's, data-parallel's). */
interface NetworkTimes {
  busiestLinkS: number;
  pipelineChainS: number;
  dataChainS: number;
}

/** Busiest link's seconds per step and the chain of unhidden one-way delays, for one placement. */
function networkTimes(
  placement: SplitPlacement,
  split: CurveSplit,
  model: CurveModelShape,
  pipeline: PipelineShape,
  shares: SplitShares,
  limits: Params['limits'],
): NetworkTimes {
  const { feedForward: ffnGroup, model: widthGroup, stages: stageGroup, replicas: dataGroup } = placement;
  const ffn = split.tensorFeedForwardCount;
  const width = split.tensorModelCount;
  const stages = split.pipelineStageCount;
  const tensorAllReduces = COMMUNICATING_PASSES_COUNT * shares.layersPerStageCount * pipeline.microBatchCount;
  const {
    shardRowsCount: shardRows,
    shardColumnsCount: shardColumns,
    microBatchTokensCount: microTokens,
  } = shares;
  const busy: LinkBusyS[] = [
    scaled(allReduceBusyS(shardColumns * microTokens * BYTES_PER_VALUE, ffnGroup, limits), tensorAllReduces),
    scaled(allReduceBusyS(shardRows * microTokens * BYTES_PER_VALUE, widthGroup, limits), tensorAllReduces),
    allReduceBusyS((model.parameterCount / (ffn * width * stages)) * BYTES_PER_VALUE, dataGroup, limits),
  ];
  const stagesSpanDomains = stageGroup.outsideCount > 1;
  const stageBytes =
    stages > 1
      ? (COMMUNICATING_PASSES_COUNT *
          pipeline.microBatchCount *
          model.modelWidthCount *
          microTokens *
          BYTES_PER_VALUE) /
        (ffn * width)
      : 0;
  const stageLinkGBps = stagesSpanDomains ? limits.scaleOutBandwidthGBps : limits.nvlinkBandwidthGBps;
  const stageSendS = stageBytes / (BYTES_PER_GB * stageLinkGBps);
  const inNodeS = sum(busy.map((b) => b.inNodeS)) + (stagesSpanDomains ? 0 : stageSendS);
  const scaleOutS = sum(busy.map((b) => b.scaleOutS)) + (stagesSpanDomains ? stageSendS : 0);
  const pipelineDelayCount =
    COMMUNICATING_PASSES_COUNT *
      model.layerCount *
      (allReduceDelayCount(ffnGroup, limits) + allReduceDelayCount(widthGroup, limits)) +
    criticalPathHopCount(limits.pipelineSchedule, pipeline);
  const hopS = limits.networkHopLatencyUs * SECONDS_PER_US;
  return {
    busiestLinkS: Math.max(inNodeS, scaleOutS),
    pipelineChainS: pipelineDelayCount * hopS,
    dataChainS: allReduceDelayCount(dataGroup, limits) * hopS,
  };
}

function scaled(busy: LinkBusyS, factor: number): LinkBusyS {
  return { inNodeS: busy.inNodeS * factor, scaleOutS: busy.scaleOutS * factor };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
