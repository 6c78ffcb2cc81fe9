// Straggler and churn terms: what heterogeneity and dropping nodes add to a synchronous step.

import { pow } from '../math/index';
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
  /** Probability a round is lost and must be redone (wait-for-all with churn). */
  roundLossProbability: number;
  /** Share of work that survives dropping and churn. */
  keptWorkFraction: number;
}

/** Derives the synchrony model from the heterogeneity parameters and the workload. */
export function synchronyModel(params: Params, workload: WorkloadCost): SynchronyModel {
  const { stragglerPolicy, droppedSlowestFraction, dropProbabilityFraction } = params.heterogeneity;
  const nodeCount = workload.synchronizedNodeCount;
  if (nodeCount <= 1) {
    return { synchronizedNodeCount: 1, keptFraction: 1, roundLossProbability: 0, keptWorkFraction: 1 };
  }
  if (stragglerPolicy === 'wait-for-all') {
    // A round survives only if no node drops: (1 - p)^n.
    const roundLossProbability = 1 - pow(1 - dropProbabilityFraction, nodeCount);
    return { synchronizedNodeCount: nodeCount, keptFraction: 1, roundLossProbability, keptWorkFraction: 1 };
  }
  // Drop-slowest: the slowest fraction is cut, and nodes that drop out simply lose their own work.
  const keptFraction = 1 - droppedSlowestFraction;
  return {
    synchronizedNodeCount: nodeCount,
    keptFraction,
    roundLossProbability: 0,
    keptWorkFraction: keptFraction * (1 - dropProbabilityFraction),
  };
}

/** Expected straggler and churn terms for the analytic path. */
export function expectedSynchronyTerms(
  params: Params,
  sums: DriverSums,
  synchrony: SynchronyModel,
): StepTerm[] {
  const slowestFactor = expectedSlowestKeptFactor(
    synchrony.synchronizedNodeCount,
    params.heterogeneity.speedSigma,
    synchrony.keptFraction,
  );
  const stragglerS = sums.computeS * (slowestFactor - 1);
  const stepS = sums.computeS + sums.latencyS + sums.fixedS + stragglerS;
  // Expected attempts of a geometric number of tries with success probability 1 - loss.
  const attempts = 1 / (1 - synchrony.roundLossProbability);
  return [
    { name: 'waiting for the slowest node', category: 'straggler', seconds: stragglerS, driver: 'fixed' },
    {
      name: 'rounds redone after a node dropped',
      category: 'churn',
      seconds: stepS * (attempts - 1),
      driver: 'fixed',
    },
  ];
}
