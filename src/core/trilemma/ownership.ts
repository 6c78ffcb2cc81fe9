// Decentralization under a stated ownership distribution: how many independent operators run the nodes, their
// shares, and the Nakamoto coefficient (the smallest coalition of operators holding the control threshold).

import { pow } from '../math/index';
import type { Params } from '../params/table';
import { EXACT_TERM_COUNT, exactPrefixSums, zipfPartialSum, zipfWeights } from './zipfSums';

/** Tolerance when comparing a cumulative share with the threshold (floating-point sums). */
const SHARE_COMPARISON_TOLERANCE = 1e-12;

/** Independent operators running the network's nodes: nodes / nodes-per-operator, at least 1. */
export function independentOperatorCount(params: Params): number {
  return Math.max(1, Math.round(params.network.nodeCount / params.trilemma.nodesPerOperatorRatio));
}

/** Operators' shares of the nodes, largest first, summing to 1. */
export function operatorShares(
  operatorCount: number,
  distribution: Params['trilemma']['ownershipDistribution'],
  zipfExponentRatio: number,
): number[] {
  const count = Math.max(1, Math.round(operatorCount));
  const weights = Array.from({ length: count }, (_, index) =>
    distribution === 'equal' ? 1 : pow(index + 1, -zipfExponentRatio),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/** Smallest number of operators (largest first) whose shares reach the threshold. */
export function nakamotoCoefficient(sharesDescending: readonly number[], thresholdFraction: number): number {
  let cumulative = 0;
  for (let index = 0; index < sharesDescending.length; index += 1) {
    cumulative += sharesDescending[index] ?? 0;
    if (cumulative >= thresholdFraction - SHARE_COMPARISON_TOLERANCE) return index + 1;
  }
  return sharesDescending.length;
}

/** Effective number of equal operators: 1 / sum of squared shares (inverse Herfindahl-Hirschman index). */
export function effectiveOperatorCount(shares: readonly number[]): number {
  const concentration = shares.reduce((sum, share) => sum + share * share, 0);
  return concentration > 0 ? 1 / concentration : 0;
}

/**
 * The same metrics without one share per operator, for counts past EXACT_TERM_COUNT: totals from zipfSums.ts,
 * the Nakamoto coefficient by bisection on the partial sums. Equal shares are the Zipf law with exponent 0.
 */
function manyOperatorMetrics(operators: number, exponent: number, thresholdFraction: number) {
  const prefix = exactPrefixSums(operators, exponent);
  const total = zipfPartialSum(prefix, operators, exponent);
  const squares = zipfPartialSum(exactPrefixSums(operators, 2 * exponent), operators, 2 * exponent);
  const target = (thresholdFraction - SHARE_COMPARISON_TOLERANCE) * total;
  // When the exact terms already reach the target, every partial sum past them does too (the last exact sum
  // plus a positive tail), so a bisection over all counts ends inside the table: search only the table, which
  // finds the same smallest count (the exact sums never fall) without a tail sum per step.
  const exactCount = prefix.length;
  let low = 1;
  let high = (prefix[exactCount - 1] ?? 0) >= target ? exactCount : operators;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (zipfPartialSum(prefix, middle, exponent) >= target) high = middle;
    else low = middle + 1;
  }
  return {
    effectiveOperatorCount: (total * total) / squares,
    nakamotoCoefficientCount: low,
    largestOperatorShareFraction: 1 / total,
  };
}

/** Decentralization metrics of a parameter set; the cost does not grow past EXACT_TERM_COUNT operators. */
export function decentralizationMetrics(params: Params): Record<string, number> {
  const operators = independentOperatorCount(params);
  const { ownershipDistribution, zipfExponentRatio, nakamotoThresholdFraction } = params.trilemma;
  if (operators > EXACT_TERM_COUNT) {
    const exponent = ownershipDistribution === 'equal' ? 0 : zipfExponentRatio;
    return {
      independentOperatorCount: operators,
      ...manyOperatorMetrics(operators, exponent, nakamotoThresholdFraction),
    };
  }
  return {
    independentOperatorCount: operators,
    ...fewOperatorMetrics(operators, ownershipDistribution, zipfExponentRatio, nakamotoThresholdFraction),
  };
}

/**
 * The metrics of the explicit shares, with the same operations in the same order as operatorShares,
 * effectiveOperatorCount and nakamotoCoefficient (so the same bits), but with the weights from the per-exponent
 * table and no array per point.
 */
function fewOperatorMetrics(
  operators: number,
  distribution: Params['trilemma']['ownershipDistribution'],
  zipfExponentRatio: number,
  thresholdFraction: number,
) {
  const weights = distribution === 'equal' ? undefined : zipfWeights(zipfExponentRatio);
  const weightAt = (index: number) => (weights ? (weights[index] ?? 0) : 1);
  let total = 0;
  for (let index = 0; index < operators; index += 1) total += weightAt(index);
  let concentration = 0;
  let cumulative = 0;
  let nakamotoCount = 0;
  for (let index = 0; index < operators; index += 1) {
    const share = weightAt(index) / total;
    concentration += share * share;
    if (nakamotoCount > 0) continue;
    cumulative += share;
    if (cumulative >= thresholdFraction - SHARE_COMPARISON_TOLERANCE) nakamotoCount = index + 1;
  }
  return {
    effectiveOperatorCount: concentration > 0 ? 1 / concentration : 0,
    nakamotoCoefficientCount: nakamotoCount > 0 ? nakamotoCount : operators,
    largestOperatorShareFraction: weightAt(0) / total,
  };
}
