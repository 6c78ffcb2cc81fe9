// The slowest node a synchronous step waits for, sampled directly from its order-statistic distribution
// (O(1) per step whatever the node count), and its exact expectation for the analytic path.
// Per-node step-time multipliers are log-normal with median 1: exp(sigma Z), Z standard normal.

import { exp } from '../math/index';
import type { Rng } from '../random/rng';
import {
  inverseStandardNormal,
  logStandardNormalCdf,
  logStandardNormalDensity,
  logStandardNormalUpperTail,
} from './normal';
import { logIntegralOfUnimodal } from './quadrature';
import { sampleUniformOrderStatistic } from './uniformOrderStatistic';

/**
 * Slack when turning keptFraction x n into a whole count, so that 0.7 x 10 = 7.000000000000001 keeps 7
 * nodes rather than 8 (in units of nodes; far below any meaningful fraction of a node).
 */
const KEPT_COUNT_ROUNDING_SLACK = 1e-9;
/** Smallest scale handed to the quadrature's peak search, in standard-normal units. */
const MIN_SEARCH_SCALE = 1e-6;

/** Nodes whose result a step keeps: k = ceil(keptFraction x n), at least 1 and at most n (n rounded). */
export function keptNodeCount(nodeCount: number, keptFraction: number): number {
  const count = Math.max(1, Math.round(nodeCount));
  const kept = Math.ceil(keptFraction * count - KEPT_COUNT_ROUNDING_SLACK);
  return Math.min(count, Math.max(1, kept));
}

/** Whether the step has no straggler effect: identical nodes, or nodes that do not wait for each other. */
function noStragglerEffect(nodeCount: number, sigma: number): boolean {
  return sigma === 0 || Math.round(nodeCount) <= 1;
}

/**
 * Time multiplier of the slowest node a step waits for: per-node multipliers exp(sigma Z) (log-normal,
 * median 1), the fastest k = ceil(keptFraction n) of n nodes are kept, and the step waits for the k-th
 * fastest. Draws the k-th order statistic of n uniforms in O(1) (uniformOrderStatistic.ts) and maps it
 * through the inverse normal CDF. Returns 1 when sigma is 0 or n <= 1 (nothing to wait for: by the engine's
 * convention a single synchronized node means nodes work independently).
 */
export function sampleSlowestKeptFactor(
  rng: Rng,
  nodeCount: number,
  sigma: number,
  keptFraction = 1,
): number {
  if (noStragglerEffect(nodeCount, sigma)) return 1;
  const count = Math.round(nodeCount);
  const rank = keptNodeCount(count, keptFraction);
  const { lower, upper } = sampleUniformOrderStatistic(rng, rank, count);
  // Map the smaller tail for precision: Phi^-1(p) = -Phi^-1(1 - p).
  const z = lower <= upper ? inverseStandardNormal(lower) : -inverseStandardNormal(upper);
  return exp(sigma * z);
}

/**
 * Log of the (unnormalised) density of the k-th of n standard normal order statistics at z:
 * (k-1) ln Phi(z) + (n-k) ln Q(z) + ln phi(z) (David and Nagaraja, Order Statistics, eq. 2.1.6).
 */
function logOrderStatisticDensity(z: number, rank: number, count: number): number {
  const lowerPart = rank > 1 ? (rank - 1) * logStandardNormalCdf(z) : 0;
  const upperPart = count > rank ? (count - rank) * logStandardNormalUpperTail(z) : 0;
  return lowerPart + upperPart + logStandardNormalDensity(z);
}

/**
 * Expected value of sampleSlowestKeptFactor: E[exp(sigma Z_(k:n))] for the k-th of n standard normal order
 * statistics, by deterministic quadrature of its density, normalised by the same quadrature so that the
 * binomial constant cancels. Relative accuracy better than 1e-6 for n up to 1e6 (tested against closed forms
 * and brute force). Returns 1 when sigma is 0 or n <= 1, like the sampler.
 * For keptFraction < 1/2 the kept nodes are faster than the median node, so the factor can fall below 1.
 */
export function expectedSlowestKeptFactor(nodeCount: number, sigma: number, keptFraction = 1): number {
  if (noStragglerEffect(nodeCount, sigma)) return 1;
  const count = Math.round(nodeCount);
  const rank = keptNodeCount(count, keptFraction);
  const key = `${count}:${rank}:${sigma}`;
  const remembered = EXPECTATION_MEMO.get(key);
  if (remembered !== undefined) return remembered;
  const value = integrateExpectedFactor(count, rank, sigma);
  // A pure function's memo: it changes speed, never results. Bounded so a long sweep cannot grow it forever.
  if (EXPECTATION_MEMO.size >= EXPECTATION_MEMO_CAPACITY) EXPECTATION_MEMO.clear();
  EXPECTATION_MEMO.set(key, value);
  return value;
}

/** Entries kept by the expectation memo (each quadrature costs milliseconds; sweeps repeat the same inputs). */
const EXPECTATION_MEMO_CAPACITY = 4096;
const EXPECTATION_MEMO = new Map<string, number>();

function integrateExpectedFactor(count: number, rank: number, sigma: number): number {
  // Start the peak search at the median-rank quantile, scaled by the order statistic's delta-method spread.
  const meanRankProbability = rank / (count + 1);
  const start = inverseStandardNormal(meanRankProbability);
  const spreadProbability = Math.sqrt((meanRankProbability * (1 - meanRankProbability)) / (count + 2));
  const scale = Math.max(MIN_SEARCH_SCALE, spreadProbability / exp(logStandardNormalDensity(start)));
  const logDensity = (z: number) => logOrderStatisticDensity(z, rank, count);
  const logTilted = (z: number) => logDensity(z) + sigma * z;
  return exp(
    logIntegralOfUnimodal(logTilted, start, scale) - logIntegralOfUnimodal(logDensity, start, scale),
  );
}
