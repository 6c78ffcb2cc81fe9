// The latency wall as a utilisation curve (Erdil and Schneider-Joseph, arXiv 2411.01137): for a run of given
// training compute, the best split on the smallest cluster that finishes it within the run's length, the
// utilisation that reaches, and the largest run any cluster can finish (where utilisation reaches zero).

import { log2, log10, pow } from '../../math/index';
import type { Params } from '../../params/table';
import { SECONDS_PER_DAY } from '../../units';
import { bestPlanOnCluster, type CurvePlan, finishingSplit, smallestClusterPlan } from './bestSplit';
import { curveModelShape } from './modelShape';
import type { SplitShape } from './wholeSplit';

/** Bracket of the largest-run search, FLOP: far below and far above any wall the inputs allow. */
const SEARCH_LOW_FLOP = 1e20;
const SEARCH_HIGH_FLOP = 1e40;
/** Bisection halvings of the bracket in orders of magnitude (20 orders / 2^16: 0.0003 orders). */
const LARGEST_RUN_BISECTION_STEPS = 16;
/** Entries kept in the memo of evaluated curves (the search costs tens of milliseconds). */
const MEMO_ENTRY_LIMIT = 512;
const memo = new Map<string, CurvePlan | undefined>();

/**
 * Memo key of the limits the search reads: every field but targetRunFlop, which the search never reads (the
 * run's compute is its own argument), so a sweep over the target run shares one largest-run search.
 */
const searchKey = (limits: Params['limits']): string => JSON.stringify({ ...limits, targetRunFlop: 0 });

/** The plan for a run of `trainingFlop` under `limits`, or undefined when no cluster finishes it in time. */
export function curvePlanForFlop(trainingFlop: number, limits: Params['limits']): CurvePlan | undefined {
  const key = `${trainingFlop}|${searchKey(limits)}`;
  if (memo.has(key)) return memo.get(key);
  const model = curveModelShape(trainingFlop, limits);
  const runLimitS = limits.runDurationDays * SECONDS_PER_DAY;
  const smallest = smallestClusterPlan(model, limits, runLimitS);
  const plan =
    smallest && limits.clusterSizeRounding === 'power-of-two'
      ? bestPlanOnCluster(model, limits, pow(2, Math.ceil(log2(smallest.gpuCount))))
      : smallest;
  if (memo.size >= MEMO_ENTRY_LIMIT) memo.clear();
  memo.set(key, plan);
  return plan;
}

/** Utilisation of a run of `trainingFlop` (zero past the wall: no cluster finishes it). */
export function curveUtilisationFraction(trainingFlop: number, limits: Params['limits']): number {
  return curvePlanForFlop(trainingFlop, limits)?.step.utilisationFraction ?? 0;
}

/** The curve's metrics for the run of `limits.targetRunFlop` (zeros past the wall) and the largest run. */
export function utilisationCurveMetrics(limits: Params['limits']): Record<string, number> {
  const plan = curvePlanForFlop(limits.targetRunFlop, limits);
  const split = plan?.split;
  return {
    latencyCurveUtilisationFraction: plan?.step.utilisationFraction ?? 0,
    latencyCurveGpuCount: plan?.gpuCount ?? 0,
    latencyCurveTensorParallelCount: split ? split.tensorFeedForwardCount * split.tensorModelCount : 0,
    latencyCurvePipelineStageCount: split?.pipelineStageCount ?? 0,
    latencyCurveDataParallelCount: split?.dataParallelCount ?? 0,
    latencyCurveRunDays: plan ? plan.runS / SECONDS_PER_DAY : 0,
    latencyCurveLargestRunFlop: largestFeasibleRunFlop(limits),
  };
}

const largestMemo = new Map<string, number>();

/** Largest run, FLOP, that some cluster finishes within the run's length (bisection on log compute). */
export function largestFeasibleRunFlop(limits: Params['limits']): number {
  const key = searchKey(limits);
  const known = largestMemo.get(key);
  if (known !== undefined) return known;
  if (largestMemo.size >= MEMO_ENTRY_LIMIT) largestMemo.clear();
  const flop = searchLargestRunFlop(limits);
  largestMemo.set(key, flop);
  return flop;
}

function searchLargestRunFlop(limits: Params['limits']): number {
  let low = log10(SEARCH_LOW_FLOP);
  let high = log10(SEARCH_HIGH_FLOP);
  const runLimitS = limits.runDurationDays * SECONDS_PER_DAY;
  // The split that finished the last run tried is tried first on the next (runs near each other finish, or
  // not, on similar splits); the answer is the same, the scan usually stops at once.
  let lastFinishing: SplitShape | undefined;
  const finishes = (logFlop: number): boolean => {
    const found = finishingSplit(curveModelShape(pow(10, logFlop), limits), limits, runLimitS, lastFinishing);
    if (found) lastFinishing = found;
    return found !== undefined;
  };
  if (!finishes(low)) return 0;
  for (let step = 0; step < LARGEST_RUN_BISECTION_STEPS; step += 1) {
    const middle = (low + high) / 2;
    if (finishes(middle)) low = middle;
    else high = middle;
  }
  return pow(10, low);
}
