// The seeded Monte Carlo path: per step it draws the slowest kept node (directly from its order-statistic
// distribution, O(1) in the node count), the round-trip jitter and the number of attempts churn forces.

import { log } from '../math/index';
import { createRng, deriveSeed, nextOpenUnit, type Rng } from '../random/rng';
import { sampleLogNormalMeanOne } from '../stochastic/logNormal';
import { sampleSlowestKeptFactor } from '../stochastic/orderStatistics';
import type { AnalyticEvaluation, MonteCarloOptions } from './evaluate';
import { BANDED_METRICS, metricsFromStepTime } from './metrics';
import { type SynchronyModel, sumByDriver } from './stepComposition';
import type { Band } from './types';

/** Percentile with linear interpolation between order statistics (R's type 7). */
export function percentile(sortedValues: readonly number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const position = (sortedValues.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lowerValue = sortedValues[lower] ?? Number.NaN;
  const upperValue = sortedValues[upper] ?? Number.NaN;
  return lowerValue + (upperValue - lowerValue) * (position - lower);
}

/**
 * Attempts until the first success when each attempt fails with the given probability (>= 1). A point whose
 * rounds never survive is infeasible and is sampled without churn (its analytic churn term is left out too).
 */
function sampleAttempts(rng: Rng, synchrony: SynchronyModel): number {
  const failureProbability = synchrony.roundLossProbability;
  if (failureProbability <= 0 || synchrony.churnInfeasibleReason !== undefined) return 1;
  return 1 + Math.floor(log(nextOpenUnit(rng)) / log(failureProbability));
}

/** Runs the Monte Carlo path for an analytic evaluation and returns P10 / P50 / P90 of the banded metrics. */
export function runMonteCarlo(
  analytic: AnalyticEvaluation,
  options: MonteCarloOptions,
): Record<string, Band> {
  const { params, workload } = analytic.context;
  const sums = sumByDriver(analytic.coreTerms);
  const ledgerS = analytic.ledger.terms.reduce((sum, term) => sum + term.seconds, 0);
  const { synchronizedNodeCount, keptFraction, roundSigma, roundMedianFactor } = analytic.synchrony;
  const samples: Record<string, number[]> = Object.fromEntries(BANDED_METRICS.map((name) => [name, []]));
  for (let run = 0; run < options.runCount; run += 1) {
    const speedRng = createRng(deriveSeed(options.seed, 'run', run, 'speed'));
    const jitterRng = createRng(deriveSeed(options.seed, 'run', run, 'jitter'));
    const churnRng = createRng(deriveSeed(options.seed, 'run', run, 'churn'));
    let totalStepS = 0;
    let totalComputeS = 0;
    for (let step = 0; step < options.stepCount; step += 1) {
      const slowest =
        roundMedianFactor *
        sampleSlowestKeptFactor(speedRng, synchronizedNodeCount, roundSigma, keptFraction);
      const jitter = sampleLogNormalMeanOne(jitterRng, params.network.rttJitterFraction);
      const attempts = sampleAttempts(churnRng, analytic.synchrony);
      const attemptS = sums.computeS * slowest + sums.latencyS * jitter + sums.fixedS;
      totalStepS += attemptS * attempts + ledgerS;
      totalComputeS += sums.computeS;
    }
    const metrics = metricsFromStepTime(params, {
      workload,
      stepTimeS: totalStepS / options.stepCount,
      computeS: analytic.result.metrics.stepComputeS ?? totalComputeS / options.stepCount,
      keptWorkFraction: analytic.synchrony.keptWorkFraction,
      resourceMultiplierRatio: analytic.resourceMultiplierRatio,
      ledgerCostPerStepUsd: analytic.ledgerCostPerStepUsd,
    });
    for (const name of BANDED_METRICS) samples[name]?.push(metrics[name] ?? Number.NaN);
  }
  return Object.fromEntries(
    BANDED_METRICS.map((name) => {
      const sorted = [...(samples[name] ?? [])].sort((a, b) => a - b);
      return [
        name,
        { p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) },
      ];
    }),
  );
}
