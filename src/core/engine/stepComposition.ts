// Straggler and churn terms: what heterogeneity and dropping nodes add to a synchronous step.
// Heterogeneity has two parts: a persistent speed spread (different hardware) and per-step jitter. Jitter
// averages over the H inner steps between syncs; persistent spread meets the straggler policy (wait for all,
// drop the slowest, or give each node work in proportion to its speed). Churn is elastic by default (a node
// that drops loses its own round's work) or restarts the round when any node drops.

import { exp, log, pow } from '../math/index';
import type { Params } from '../params/table';
import { expectedSlowestKeptFactor } from '../stochastic/orderStatistics';
import type { StepTerm, WorkloadCost } from './types';

/** Sums of a step's terms by what they scale with under Monte Carlo. */
export interface DriverSums {
  computeS: number;
  latencyS: number;
  fixedS: number;
}

/** Adds up terms by driver. */
export function sumByDriver(terms: readonly StepTerm[]): DriverSums {
  const sums: DriverSums = { computeS: 0, latencyS: 0, fixedS: 0 };
  for (const term of terms) {
    if (term.driver === 'compute') sums.computeS += term.seconds;
    else if (term.driver === 'latency') sums.latencyS += term.seconds;
    else sums.fixedS += term.seconds;
  }
  return sums;
}

/** How the configured straggler policy and churn act on a synchronous step. */
export interface SynchronyModel {
  /** Nodes a step waits for (1 means no straggler effect). */
  synchronizedNodeCount: number;
  /** Share of the synchronized nodes whose result is kept (drop-slowest keeps 1 - dropped). */
  keptFraction: number;
  /** Log-normal sigma of one node's time over a whole synchronous round (persistent and averaged jitter). */
  roundSigma: number;
  /** Median of one node's round-time multiplier: the mean of H median-1 draws sits above 1. */
  roundMedianFactor: number;
  /** Probability a round is lost and must be redone (restart-round churn). */
  roundLossProbability: number;
  /** Why restart-round churn lets no round finish (set only then; the churn term is left out). */
  churnInfeasibleReason?: string;
  /** Share of work that survives dropping and churn. */
  keptWorkFraction: number;
}

/**
 * Log-normal sigma and median of the mean of `stepCount` independent median-1 log-normal step multipliers
 * exp(sigma Z), matched in mean and variance (Fenton 1960, "The sum of log-normal probability distributions in
 * scatter transmission systems"): the spread shrinks about as 1 / sqrt(H).
 */
export function averagedJitter(sigma: number, stepCount: number): { sigma: number; median: number } {
  if (sigma === 0) return { sigma: 0, median: 1 };
  const steps = Math.max(1, stepCount);
  const meanFactor = exp((sigma * sigma) / 2);
  const squaredVariation = (exp(sigma * sigma) - 1) / steps;
  const averagedSigma = Math.sqrt(log(1 + squaredVariation));
  return { sigma: averagedSigma, median: meanFactor / Math.sqrt(1 + squaredVariation) };
}

/** Derives the synchrony model from the heterogeneity parameters and the workload. */
export function synchronyModel(params: Params, workload: WorkloadCost): SynchronyModel {
  const heterogeneity = params.heterogeneity;
  const { stragglerPolicy, droppedSlowestFraction, dropProbabilityFraction, churnPolicy } = heterogeneity;
  const nodeCount = workload.synchronizedNodeCount;
  const jitter = averagedJitter(heterogeneity.speedSigma, workload.innerStepsPerSyncCount ?? 1);
  if (nodeCount <= 1) {
    return {
      synchronizedNodeCount: 1,
      keptFraction: 1,
      roundSigma: 0,
      roundMedianFactor: 1,
      roundLossProbability: 0,
      keptWorkFraction: 1,
    };
  }
  // Proportional work evens out the persistent spread (the faster nodes' extra speed is not credited).
  const persistentSigma = stragglerPolicy === 'proportional-work' ? 0 : heterogeneity.persistentSpeedSigma;
  const keptFraction = stragglerPolicy === 'drop-slowest' ? 1 - droppedSlowestFraction : 1;
  const restart = churnPolicy === 'restart-round';
  // Restart-round: a round survives only if no node drops, (1 - p)^n. Elastic: each drop loses its own work.
  const roundLossProbability = restart ? 1 - pow(1 - dropProbabilityFraction, nodeCount) : 0;
  return {
    synchronizedNodeCount: nodeCount,
    keptFraction,
    roundSigma: Math.sqrt(jitter.sigma * jitter.sigma + persistentSigma * persistentSigma),
    roundMedianFactor: jitter.median,
    roundLossProbability,
    keptWorkFraction: keptFraction * (restart ? 1 : 1 - dropProbabilityFraction),
    // A loss probability that rounds to 1 means a round survives with probability under 2^-53 (1.1e-16):
    // more than 9e15 tries per step on average, so the job makes no progress.
    ...(roundLossProbability < 1
      ? {}
      : {
          churnInfeasibleReason: `heterogeneity.churnPolicy: restart-round redoes a round whenever any of the ${nodeCount} nodes drops; with drop probability ${dropProbabilityFraction} a round survives with probability (1 - ${dropProbabilityFraction})^${nodeCount}, under 1.1e-16, so a step needs more than 9e15 tries on average and the job makes no progress (use elastic churn, fewer nodes or a lower drop probability)`,
        }),
  };
}

/** Expected time multiplier of the slowest kept node over one synchronous round. */
export function expectedRoundFactor(synchrony: SynchronyModel): number {
  return (
    synchrony.roundMedianFactor *
    expectedSlowestKeptFactor(synchrony.synchronizedNodeCount, synchrony.roundSigma, synchrony.keptFraction)
  );
}

/** Expected attempts per round under restart-round churn: a geometric number of tries, 1 / (1 - loss). */
const expectedAttempts = (synchrony: SynchronyModel): number => 1 / (1 - synchrony.roundLossProbability);

/** The analytic path's straggler and churn terms, and what the kept nodes' speed does to compute. */
export interface ExpectedSynchrony {
  /**
   * Factor on every compute-driven term: the kept nodes' compute. Below 1 only when even the slowest kept node
   * is expected to be faster than the nominal (median) node, as when drop-slowest keeps the fastest few.
   */
  keptComputeFactor: number;
  /** The wait for the slowest kept node beyond the nominal compute (never negative), and rounds redone. */
  terms: StepTerm[];
  /** Why the point cannot make progress (churn lets no round finish); the churn term is then left at 0. */
  infeasibleReason?: string;
}

/**
 * Expected straggler and churn terms for the analytic path. A round lasts computeS x f, f the expected factor
 * of the slowest kept node: above 1 the excess is the wait for that node; below 1 (drop-slowest keeping only
 * nodes faster than the median) the compute itself is shorter and nobody waits beyond it, so the compute terms
 * are scaled by f and the wait is 0. The step's total is the same either way; no term is negative.
 */
export function expectedSynchronyTerms(sums: DriverSums, synchrony: SynchronyModel): ExpectedSynchrony {
  const roundFactor = expectedRoundFactor(synchrony);
  const keptComputeFactor = Math.min(1, roundFactor);
  const stragglerS = sums.computeS * Math.max(0, roundFactor - 1);
  const stepS = sums.computeS * keptComputeFactor + sums.latencyS + sums.fixedS + stragglerS;
  const infeasibleReason = synchrony.churnInfeasibleReason;
  const redoneS = infeasibleReason === undefined ? stepS * (expectedAttempts(synchrony) - 1) : 0;
  return {
    keptComputeFactor,
    terms: [
      { name: 'waiting for the slowest node', category: 'straggler', seconds: stragglerS, driver: 'fixed' },
      {
        name: 'rounds redone after a node dropped',
        category: 'churn',
        seconds: redoneS,
        driver: 'fixed',
      },
    ],
    ...(infeasibleReason === undefined ? {} : { infeasibleReason }),
  };
}
