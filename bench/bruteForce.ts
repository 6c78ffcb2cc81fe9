// Brute-force reference for the engine benchmark: simulates every node of every step (O(n) per step) with the
// same step decomposition the engine's Monte Carlo path uses, so the O(1) order-statistic path can be checked.
import type { DriverSums } from '../src/core/engine/stepComposition';
import { createRng, deriveSeed } from '../src/core/random/rng';
import { sampleStandardNormal } from '../src/core/stochastic/gamma';
import { keptNodeCount } from '../src/core/stochastic/orderStatistics';

/** What the brute-force simulation needs. */
export interface BruteForceSetup {
  seed: string;
  nodeCount: number;
  sigma: number;
  keptFraction: number;
  runCount: number;
  stepCount: number;
  /** The step's terms by driver, from the analytic evaluation (no jitter, no churn in the benchmark). */
  sums: DriverSums;
  /** Ledger seconds added to every step. */
  ledgerS: number;
}

/** Per-run results: mean step time and mean slowest-kept multiplier. */
export interface BruteForceRun {
  meanStepTimeS: number;
  meanSlowestFactor: number;
}

/** The k-th smallest of n fresh log-normal multipliers exp(sigma Z) (the maximum without sorting when k = n). */
function slowestKept(
  rng: ReturnType<typeof createRng>,
  times: Float64Array,
  sigma: number,
  rank: number,
): number {
  let maximum = 0;
  for (let node = 0; node < times.length; node += 1) {
    const time = Math.exp(sigma * sampleStandardNormal(rng));
    times[node] = time;
    if (time > maximum) maximum = time;
  }
  if (rank === times.length) return maximum;
  return times.sort()[rank - 1] ?? Number.NaN;
}

/** Simulates every node of every step of every run. */
export function simulateBruteForce(setup: BruteForceSetup): BruteForceRun[] {
  const rank = keptNodeCount(setup.nodeCount, setup.keptFraction);
  const times = new Float64Array(setup.nodeCount);
  const runs: BruteForceRun[] = [];
  for (let run = 0; run < setup.runCount; run += 1) {
    const rng = createRng(deriveSeed(setup.seed, 'brute-force', run));
    let stepSum = 0;
    let factorSum = 0;
    for (let step = 0; step < setup.stepCount; step += 1) {
      const factor = slowestKept(rng, times, setup.sigma, rank);
      factorSum += factor;
      stepSum += setup.sums.computeS * factor + setup.sums.latencyS + setup.sums.fixedS + setup.ledgerS;
    }
    runs.push({ meanStepTimeS: stepSum / setup.stepCount, meanSlowestFactor: factorSum / setup.stepCount });
  }
  return runs;
}
