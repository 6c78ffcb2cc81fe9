// The best data / tensor / pipeline split for a run: over tensor splits (d_model ways a power of two, d_ff
// ways 1, 2 or 4 times that, as Erdil and Schneider-Joseph search) and pipeline depths (powers of two up to
// the layer count), the fewest data-parallel replicas (any real number >= 1) that finish the run within its
// length with the memory fitting. The plan with the fewest GPUs wins: it is the one with the highest
// utilisation, since a run that fills its length exactly has utilisation = compute / (GPUs x peak x length).

import { log2, pow } from '../../math/index';
import type { Params } from '../../params/table';
import { TRAINING_FLOP_PER_PARAMETER_TOKEN } from '../reference';
import type { CurveModelShape } from './modelShape';
import { type CurveSplit, splitPipeline } from './split';
import { wholeSplits } from './splitShares';
import { type CurveStep, curveStep, splitMemoryFits } from './stepTime';
import { granularReplicas, granularShapes, replicaLimit, type SplitShape } from './wholeSplit';

/** Factor between the replica counts scanned before bisecting (a doubling: coarse scan, then refine). */
const REPLICA_SCAN_FACTOR = 2;
/** Bisection halvings of the replica bracket (a doubling split 2^-30 finely). */
const BISECTION_STEPS = 30;
/** Ratios of d_ff ways to d_model ways tried (Erdil and Schneider-Joseph: between 1 and 4). */
const FEED_FORWARD_WAYS_RATIOS = [1, Math.SQRT2, 2, 2 * Math.SQRT2, 4] as const;

/** A split, its step, and the run's length under it. */
export interface CurvePlan {
  split: CurveSplit;
  step: CurveStep;
  runS: number;
  gpuCount: number;
}

/**
 * Sizes of the per-GPU share to try, largest first: the whole, then a fixed ladder of sizes in steps of
 * `factor` below it. The ladder is the same at every scale, so a bigger model reaches the same per-GPU
 * matmuls and layers per stage as a smaller one and the best split follows the model smoothly.
 */
function shareLadder(whole: number, factor: number): number[] {
  const sizes = [whole];
  let size = 1;
  while (size * factor < whole) size *= factor;
  for (; size >= 1; size /= factor) sizes.push(size);
  return sizes;
}

/**
 * Tensor and pipeline splits to try for a model: d_model columns per GPU on a ladder of sqrt 2 steps, d_ff
 * ways 1 to 4 times the d_model ways, and layers per stage on a ladder of doublings.
 */
/** GPUs one model replica spans: tensor ways (model and feed-forward) times pipeline stages. */
function modelShardCount(shape: {
  tensorModelCount: number;
  tensorFeedForwardCount: number;
  pipelineStageCount: number;
}): number {
  return shape.tensorModelCount * shape.tensorFeedForwardCount * shape.pipelineStageCount;
}

export function modelSplits(
  model: CurveModelShape,
  limits: Params['limits'],
): Array<Omit<CurveSplit, 'dataParallelCount'>> {
  const splits: Array<Omit<CurveSplit, 'dataParallelCount'>> = [];
  for (const columns of shareLadder(model.modelWidthCount, Math.SQRT2)) {
    const width = model.modelWidthCount / columns;
    for (const ratio of FEED_FORWARD_WAYS_RATIOS) {
      const ffn = width * ratio;
      if (ffn > model.feedForwardWidthCount) continue;
      for (const layersPerStage of shareLadder(model.layerCount, 2)) {
        const stages = model.layerCount / layersPerStage;
        splits.push({ tensorModelCount: width, tensorFeedForwardCount: ffn, pipelineStageCount: stages });
      }
    }
  }
  return granularShapes(splits, model, limits);
}

function planFor(asked: CurveSplit, model: CurveModelShape, limits: Params['limits']): CurvePlan {
  const split = { ...asked, dataParallelCount: granularReplicas(asked.dataParallelCount, limits) };
  const step = curveStep(split, model, limits);
  const runS = (model.tokenCount / model.batchTokensCount) * step.stepS;
  const gpuCount =
    split.tensorModelCount *
    split.tensorFeedForwardCount *
    split.pipelineStageCount *
    split.dataParallelCount;
  return { split, step, runS, gpuCount };
}

/** The largest replica count whose micro-batches still hold one token (one replica's micro-batch tokens). */
function maximumReplicaCount(
  shape: Omit<CurveSplit, 'dataParallelCount'>,
  model: CurveModelShape,
  limits: Params['limits'],
): number {
  const oneReplica = { ...shape, dataParallelCount: 1 };
  return replicaLimit(model, splitPipeline(oneReplica, model, limits).microBatchCount, limits);
}

/**
 * Where the doubling scan of replica counts starts: the largest power of the scan factor at or below the count
 * at which the run would take its whole length even at the matmul ceiling (6 N D / (peak x efficiency x
 * length) GPUs). Smaller counts cannot finish, so skipping them changes no result (the scanned counts and the
 * bisection bracket are the same as from one replica).
 */
function firstScannedReplicas(
  model: CurveModelShape,
  limits: Params['limits'],
  runLimitS: number,
  modelShards: number,
): number {
  const flopPerTflop = 1e12;
  const usefulFlop = TRAINING_FLOP_PER_PARAMETER_TOKEN * model.parameterCount * model.tokenCount;
  const ceilingFlopPerGpuS = limits.gpuPeakTflops * flopPerTflop * limits.achievableMatmulFraction;
  const ceilingReplicas = usefulFlop / (ceilingFlopPerGpuS * runLimitS) / modelShards;
  if (ceilingReplicas < REPLICA_SCAN_FACTOR) return 1;
  return pow(REPLICA_SCAN_FACTOR, Math.floor(log2(ceilingReplicas) / log2(REPLICA_SCAN_FACTOR)));
}

/**
 * Fewest replicas of `shape` that finish within `runLimitS`, or undefined when none do or when the plan could
 * not have fewer GPUs than `gpuCountToBeat`: the scan stops once even the replicas it has ruled out give as
 * many GPUs, since any plan past them has more.
 */
function fewestReplicasPlan(
  shape: Omit<CurveSplit, 'dataParallelCount'>,
  model: CurveModelShape,
  limits: Params['limits'],
  runLimitS: number,
  gpuCountToBeat: number,
): CurvePlan | undefined {
  const meets = (plan: CurvePlan): boolean => plan.runS <= runLimitS && plan.step.memoryFits;
  const replicaLimit = maximumReplicaCount(shape, model, limits);
  const modelShards = modelShardCount(shape);
  const firstReplicas = firstScannedReplicas(model, limits, runLimitS, modelShards);
  let previous = firstReplicas > 1 ? firstReplicas / REPLICA_SCAN_FACTOR : 1;
  for (let replicas = firstReplicas; replicas <= replicaLimit; replicas *= REPLICA_SCAN_FACTOR) {
    if (replicas > 1 && modelShards * previous >= gpuCountToBeat) return undefined;
    const plan = planFor({ ...shape, dataParallelCount: replicas }, model, limits);
    if (meets(plan)) return replicas === 1 ? plan : bisect(shape, model, limits, meets, previous, plan);
    previous = replicas;
  }
  return undefined;
}

function bisect(
  shape: Omit<CurveSplit, 'dataParallelCount'>,
  model: CurveModelShape,
  limits: Params['limits'],
  meets: (plan: CurvePlan) => boolean,
  failingReplicas: number,
  passing: CurvePlan,
): CurvePlan {
  let low = failingReplicas;
  let best = passing;
  for (let step = 0; step < BISECTION_STEPS; step += 1) {
    const middle = Math.sqrt(low * best.split.dataParallelCount);
    const plan = planFor({ ...shape, dataParallelCount: middle }, model, limits);
    if (meets(plan)) best = plan;
    else low = middle;
  }
  return best;
}

/** The plan with the fewest GPUs that trains `model` within `runLimitS`, or undefined past the latency wall. */
export function smallestClusterPlan(
  model: CurveModelShape,
  limits: Params['limits'],
  runLimitS: number,
): CurvePlan | undefined {
  let best: CurvePlan | undefined;
  for (const shape of modelSplits(model, limits)) {
    const modelShards = modelShardCount(shape);
    if (best && modelShards >= best.gpuCount) continue;
    if (!fastestPlanMeets(shape, model, limits, runLimitS)) continue;
    const plan = fewestReplicasPlan(
      shape,
      model,
      limits,
      runLimitS,
      best?.gpuCount ?? Number.POSITIVE_INFINITY,
    );
    if (plan && (!best || plan.gpuCount < best.gpuCount)) best = plan;
  }
  return best;
}

/** Whether `shape` at its most replicas (one-token micro-batches) finishes within `runLimitS`. */
function fastestPlanMeets(
  shape: Omit<CurveSplit, 'dataParallelCount'>,
  model: CurveModelShape,
  limits: Params['limits'],
  runLimitS: number,
): boolean {
  const split = { ...shape, dataParallelCount: maximumReplicaCount(shape, model, limits) };
  // Memory first: it is cheap, and a split that does not fit needs no step timed.
  return splitMemoryFits(split, model, limits) && planFor(split, model, limits).runS <= runLimitS;
}

const sameShape = (a: SplitShape, b: SplitShape): boolean =>
  a.tensorModelCount === b.tensorModelCount &&
  a.tensorFeedForwardCount === b.tensorFeedForwardCount &&
  a.pipelineStageCount === b.pipelineStageCount;

/**
 * A split that finishes `model` within `runLimitS`, or undefined when none does (the run is past the latency
 * wall). `tryFirst` (the split that finished a nearby run) is tried before the others: the answer is an "any",
 * so the order changes the work, never whether one is found.
 */
export function finishingSplit(
  model: CurveModelShape,
  limits: Params['limits'],
  runLimitS: number,
  tryFirst?: SplitShape,
): SplitShape | undefined {
  const splits = modelSplits(model, limits);
  const first = tryFirst && splits.find((shape) => sameShape(shape, tryFirst));
  if (first && fastestPlanMeets(first, model, limits, runLimitS)) return first;
  return splits.find((shape) => shape !== first && fastestPlanMeets(shape, model, limits, runLimitS));
}

/**
 * The best split on a cluster of `gpuCount` GPUs (the fastest among splits whose replica count is at least
 * one and whose memory fits), or undefined when none fits. Whole replicas that do not fill the cluster leave
 * its other GPUs idle, and the utilisation is over the whole cluster.
 */
export function bestPlanOnCluster(
  model: CurveModelShape,
  limits: Params['limits'],
  gpuCount: number,
): CurvePlan | undefined {
  let best: CurvePlan | undefined;
  for (const shape of modelSplits(model, limits)) {
    const evenReplicas = gpuCount / modelShardCount(shape);
    const replicas = wholeSplits(limits) ? Math.floor(evenReplicas) : evenReplicas;
    if (replicas < 1 || replicas > maximumReplicaCount(shape, model, limits)) continue;
    const plan = planFor({ ...shape, dataParallelCount: replicas }, model, limits);
    if (plan.step.memoryFits && (!best || plan.runS < best.runS)) best = plan;
  }
  if (!best) return undefined;
  const usedFraction = best.gpuCount / gpuCount;
  return {
    ...best,
    gpuCount,
    step: { ...best.step, utilisationFraction: best.step.utilisationFraction * usedFraction },
  };
}
