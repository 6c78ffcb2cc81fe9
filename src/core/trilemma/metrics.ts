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

/** Distinct inputs whose tolerated fraction is remembered per evaluation function (oldest dropped first). */
const TOLERANCE_MEMO_SIZE = 256;
const toleranceMemo = new WeakMap<EvaluateMetrics, Map<string, number>>();

/** The parameters the bisection depends on, as a key: everything but the adversary fraction it varies. */
function toleranceKey(params: Params): string {
  return JSON.stringify({ ...params, adversary: { ...params.adversary, maliciousFraction: 0 } });
}

/**
 * Largest adversary fraction f whose breach probability stays at or below the acceptable level, found by
 * bisection (breach probability does not fall as f grows). Computed once per distinct input and evaluation
 * function: the result does not depend on the configured f, and sweeps and checks ask for the same input
 * again (the memo is a pure cache; it changes no result).
 */
export function toleratedAdversaryFraction(params: Params, evaluate: EvaluateMetrics): number {
  let memo = toleranceMemo.get(evaluate);
  if (!memo) {
    memo = new Map();
    toleranceMemo.set(evaluate, memo);
  }
  const key = toleranceKey(params);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const fraction = bisectToleratedFraction(params, evaluate);
  if (memo.size >= TOLERANCE_MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
  memo.set(key, fraction);
  return fraction;
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

/** Scaling efficiency X(n) / (n X(1)) of throughput, with X(1) the same configuration on one node. */
export function scalingEfficiency(params: Params, evaluate: EvaluateMetrics, current: Metrics): number {
  const nodeCount = params.network.nodeCount;
  const single = evaluate(setParam(params, 'network.nodeCount', 1)).throughputTokensPerS ?? 0;
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
  return {
    ...decentralizationMetrics(params),
    securityBreachProbabilityFraction: breachProbability(metrics),
    toleratedAdversaryFraction: toleratedAdversaryFraction(params, evaluateSecurity),
    scalingEfficiencyRatio: scalingEfficiency(params, evaluate, metrics),
  };
}
