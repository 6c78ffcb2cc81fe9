// The blockchain-trilemma corners for one configuration: decentralization (operators, Nakamoto coefficient),
// security (breach probability at the configured adversary, and the largest adversary fraction tolerated)
// and scalability (X(n) / (n X(1))). Takes the evaluation function as an argument so it does not import the
// engine; pass one that does not itself call trilemmaMetrics (e.g. the analytic path).
import type { Metrics } from '../engine/types';
import { type Params, setParam } from '../params/table';
import { decentralizationMetrics } from './ownership';

/** Evaluates one parameter set to its metrics (the engine's analytic path). */
export type EvaluateMetrics = (params: Params) => Metrics;

/** Bisection steps for the tolerated adversary fraction: 2^-30 resolution. */
const TOLERANCE_BISECTION_STEP_COUNT = 30;

/**
 * Probability the configuration fails its user at the evaluated adversary: the data is exposed or a wrong
 * result is accepted, taken as independent events.
 */
export function breachProbability(metrics: Metrics): number {
  const exposure = metrics.privacyExposureProbabilityFraction ?? 0;
  const acceptedBad = metrics.acceptedBadResultProbabilityFraction ?? 0;
  return 1 - (1 - exposure) * (1 - acceptedBad);
}

/** Distinct inputs whose counterfactual results are remembered per evaluation function (oldest dropped first). */
const COUNTERFACTUAL_MEMO_SIZE = 256;
const toleranceMemo = new WeakMap<EvaluateMetrics, Map<string, number>>();
const singleNodeMemo = new WeakMap<EvaluateMetrics, Map<string, number>>();

/**
 * A parameter set as one string, without the two values the counterfactual runs set themselves (the adversary
 * fraction of the bisection, the node count of the one-node run); each memo key adds back the one it depends on.
 */
function counterfactualBaseKey(params: Params): string {
  return JSON.stringify({
    ...params,
    network: { ...params.network, nodeCount: 0 },
    adversary: { ...params.adversary, maliciousFraction: 0 },
  });
}

/** The bisection's key: everything but the adversary fraction it varies. */
const toleranceKey = (params: Params, baseKey: string) => `${baseKey}|${params.network.nodeCount}`;
/** The one-node run's key: everything but the node count it replaces. */
const singleNodeKey = (params: Params, baseKey: string) => `${baseKey}|${params.adversary.maliciousFraction}`;

/** `compute()` remembered under `key` per evaluation function: a pure cache, it changes no result. */
function remembered(
  memos: WeakMap<EvaluateMetrics, Map<string, number>>,
  evaluate: EvaluateMetrics,
  key: string,
  compute: () => number,
): number {
  let memo = memos.get(evaluate);
  if (!memo) {
    memo = new Map();
    memos.set(evaluate, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= COUNTERFACTUAL_MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
  memo.set(key, value);
  return value;
}

/**
 * Largest adversary fraction f whose breach probability stays at or below the acceptable level, found by
 * bisection (breach probability does not fall as f grows). Computed once per distinct input and evaluation
 * function: the result does not depend on the configured f, and sweeps and checks ask for the same input
 * again (the memo is a pure cache; it changes no result).
 */
export function toleratedAdversaryFraction(
  params: Params,
  evaluate: EvaluateMetrics,
  baseKey = counterfactualBaseKey(params),
): number {
  return remembered(toleranceMemo, evaluate, toleranceKey(params, baseKey), () =>
    bisectToleratedFraction(params, evaluate),
  );
}

function bisectToleratedFraction(params: Params, evaluate: EvaluateMetrics): number {
  const target = params.trilemma.acceptableBreachProbabilityFraction;
  const breachAt = (fraction: number): number =>
    breachProbability(evaluate(setParam(params, 'adversary.maliciousFraction', fraction)));
  if (breachAt(1) <= target) return 1;
  if (breachAt(0) > target) return 0;
  let low = 0;
  let high = 1;
  for (let step = 0; step < TOLERANCE_BISECTION_STEP_COUNT; step += 1) {
    const middle = (low + high) / 2;
    if (breachAt(middle) <= target) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * Scaling efficiency X(n) / (n X(1)) of throughput, with X(1) the same configuration on one node. X(1) is
 * remembered per input without the node count (a pure cache): along a node-count sweep it is the same run.
 */
export function scalingEfficiency(
  params: Params,
  evaluate: EvaluateMetrics,
  current: Metrics,
  baseKey = counterfactualBaseKey(params),
): number {
  const nodeCount = params.network.nodeCount;
  const single = remembered(
    singleNodeMemo,
    evaluate,
    singleNodeKey(params, baseKey),
    () => evaluate(setParam(params, 'network.nodeCount', 1)).throughputTokensPerS ?? 0,
  );
  const throughput = current.throughputTokensPerS ?? 0;
  return single > 0 ? throughput / (nodeCount * single) : 0;
}

/**
 * The trilemma metrics of a parameter set. `current` is the point's own metrics if already computed
 * (saves one evaluation). `evaluateSecurity`, when given, is a cheaper evaluation that reports only the
 * privacy and verification metrics the breach probability reads; the bisection calls it dozens of times.
 */
export function trilemmaMetrics(
  params: Params,
  evaluate: EvaluateMetrics,
  current?: Metrics,
  evaluateSecurity: EvaluateMetrics = evaluate,
): Metrics {
  const metrics = current ?? evaluate(params);
  const baseKey = counterfactualBaseKey(params);
  return {
    ...decentralizationMetrics(params),
    securityBreachProbabilityFraction: breachProbability(metrics),
    toleratedAdversaryFraction: toleratedAdversaryFraction(params, evaluateSecurity, baseKey),
    scalingEfficiencyRatio: scalingEfficiency(params, evaluate, metrics, baseKey),
  };
}
