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

/** Inputs (and, per input, varied values) remembered per evaluation function; the oldest is dropped first. */
const COUNTERFACTUAL_MEMO_SIZE = 256;
/** Per evaluation function: input without the two varied values -> the one it depends on -> result. */
type CounterfactualMemo = WeakMap<EvaluateMetrics, Map<string, Map<number, number>>>;
const toleranceMemo: CounterfactualMemo = new WeakMap();
const singleNodeMemo: CounterfactualMemo = new WeakMap();

/**
 * A parameter set as one string, without the two values the counterfactual runs set themselves (the adversary
 * fraction of the bisection, the node count of the one-node run). Both memos look this one string up (its hash
 * is computed once), then the value their result depends on: the node count for the bisection, the adversary
 * fraction for the one-node run.
 */
function counterfactualBaseKey(params: Params): string {
  return JSON.stringify({
    ...params,
    network: { ...params.network, nodeCount: 0 },
    adversary: { ...params.adversary, maliciousFraction: 0 },
  });
}

/** Adds `key -> value` to a map of at most COUNTERFACTUAL_MEMO_SIZE entries, dropping the oldest if full. */
function bounded<Key, Value>(map: Map<Key, Value>, key: Key, value: Value): Value {
  if (map.size >= COUNTERFACTUAL_MEMO_SIZE) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
  return value;
}

/** `compute()` remembered per evaluation function, input and varied value: a pure cache, it changes no result. */
function remembered(
  memos: CounterfactualMemo,
  evaluate: EvaluateMetrics,
  baseKey: string,
  variedValue: number,
  compute: () => number,
): number {
  const byInput = memos.get(evaluate) ?? new Map<string, Map<number, number>>();
  if (!memos.has(evaluate)) memos.set(evaluate, byInput);
  const byValue = byInput.get(baseKey) ?? bounded(byInput, baseKey, new Map<number, number>());
  const known = byValue.get(variedValue);
  return known !== undefined ? known : bounded(byValue, variedValue, compute());
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
  return remembered(toleranceMemo, evaluate, baseKey, params.network.nodeCount, () =>
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
    baseKey,
    params.adversary.maliciousFraction,
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
