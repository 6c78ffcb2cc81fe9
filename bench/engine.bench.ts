// Engine benchmark (npx tsx bench/engine.bench.ts): times evaluatePoint's Monte Carlo path on a synchronous
// training job of 10,000 heterogeneous nodes, and checks it against a brute-force simulation that draws every
// node of every step. Prints figures only; nothing here asserts on time.
import { performance } from 'node:perf_hooks';
import { evaluateAnalytic, evaluatePoint } from '../src/core/engine/evaluate';
import { sumByDriver } from '../src/core/engine/stepComposition';
import { defaultParams, type Params, setParams } from '../src/core/params/table';
import { applyPreset } from '../src/core/presets/index';
import { createRng } from '../src/core/random/rng';
import { expectedSlowestKeptFactor, sampleSlowestKeptFactor } from '../src/core/stochastic/orderStatistics';
import { simulateBruteForce } from './bruteForce';

/** Spread of node speeds in the benchmark (log-normal sigma). */
const SPEED_SIGMA = 0.3;
/** The large timing run of the brief: nodes, steps, Monte Carlo runs. */
const LARGE = { nodeCount: 10_000, stepCount: 1_000, runCount: 100 };
/** The smaller size where brute force is affordable. */
const SMALL = { nodeCount: 1_000, stepCount: 200, runCount: 20 };
/** Variance of a sample median relative to the mean's, for near-normal data (pi / 2). */
const MEDIAN_VARIANCE_FACTOR = Math.PI / 2;
const MEGABYTE = 1024 * 1024;

/**
 * A synchronous data-parallel job with heterogeneous nodes on a datacentre network (so compute, and with it
 * the slowest node, dominates the step), without jitter, churn or ledger (so both paths model the same thing).
 */
function benchmarkParams(nodeCount: number): Params {
  return setParams(applyPreset(defaultParams(), 'network', 'datacentre'), {
    'workload.kind': 'training',
    'training.strategy': 'data-parallel',
    'network.nodeCount': nodeCount,
    'network.rttJitterFraction': 0,
    'heterogeneity.speedSigma': SPEED_SIGMA,
    'heterogeneity.dropProbabilityFraction': 0,
    'heterogeneity.stragglerPolicy': 'wait-for-all',
    'ledger.kind': 'none',
  });
}

/** Milliseconds a call takes, and its value. */
function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** Mean and sample standard deviation. */
function meanAndDeviation(values: readonly number[]): { mean: number; deviation: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, deviation: Math.sqrt(variance) };
}

const format = (value: number, digits = 4) => value.toPrecision(digits);
const memoryLine = (label: string) => {
  const usage = process.memoryUsage();
  console.log(
    `  memory ${label}: rss ${format(usage.rss / MEGABYTE)} MB, heap used ${format(usage.heapUsed / MEGABYTE)} MB`,
  );
};

function benchmarkLarge(): void {
  const params = benchmarkParams(LARGE.nodeCount);
  evaluatePoint(params, { seed: 'warm-up', runCount: 2, stepCount: 10 });
  console.log(
    `Large: ${LARGE.nodeCount} nodes x ${LARGE.stepCount} steps x ${LARGE.runCount} runs (sigma ${SPEED_SIGMA})`,
  );
  memoryLine('before');
  const analytic = timed(() => evaluatePoint(params));
  const monteCarlo = timed(() => evaluatePoint(params, { seed: 'bench', ...LARGE }));
  memoryLine('after');
  const band = monteCarlo.value.bands.stepTimeS;
  console.log(
    `  analytic evaluatePoint: ${format(analytic.ms)} ms, step time ${format(analytic.value.metrics.stepTimeS ?? Number.NaN)} s`,
  );
  console.log(`  Monte Carlo evaluatePoint: ${format(monteCarlo.ms)} ms`);
  console.log(
    `  step time P10 / P50 / P90: ${format(band?.p10 ?? Number.NaN)} / ${format(band?.p50 ?? Number.NaN)} / ${format(band?.p90 ?? Number.NaN)} s`,
  );
}

function benchmarkAgreement(): void {
  const params = benchmarkParams(SMALL.nodeCount);
  const analytic = evaluateAnalytic(params);
  const ledgerS = analytic.ledger.terms.reduce((sum, term) => sum + term.seconds, 0);
  const engine = timed(() => evaluatePoint(params, { seed: 'agreement', ...SMALL }));
  const brute = timed(() =>
    simulateBruteForce({
      seed: 'agreement',
      ...SMALL,
      sigma: SPEED_SIGMA,
      keptFraction: analytic.synchrony.keptFraction,
      sums: sumByDriver(analytic.coreTerms),
      ledgerS,
    }),
  );
  const bruteStep = meanAndDeviation(brute.value.map((run) => run.meanStepTimeS));
  const engineP50 = engine.value.bands.stepTimeS?.p50 ?? Number.NaN;
  const stepError = bruteStep.deviation * Math.sqrt((1 + MEDIAN_VARIANCE_FACTOR) / SMALL.runCount);
  console.log(`Agreement: ${SMALL.nodeCount} nodes x ${SMALL.stepCount} steps x ${SMALL.runCount} runs`);
  console.log(`  analytic mean step time: ${format(analytic.result.metrics.stepTimeS ?? Number.NaN, 6)} s`);
  console.log(`  engine Monte Carlo P50 step time: ${format(engineP50, 6)} s`);
  console.log(
    `  brute-force mean step time: ${format(bruteStep.mean, 6)} s (sd over runs ${format(bruteStep.deviation, 3)} s)`,
  );
  console.log(
    `  relative difference ${format(engineP50 / bruteStep.mean - 1, 3)}, approximate z ${format((engineP50 - bruteStep.mean) / stepError, 3)}`,
  );

  const draws = SMALL.stepCount * SMALL.runCount;
  const rng = createRng('agreement-direct');
  const direct = Array.from({ length: draws }, () =>
    sampleSlowestKeptFactor(rng, SMALL.nodeCount, SPEED_SIGMA, 1),
  );
  const directStats = meanAndDeviation(direct);
  const bruteFactor = meanAndDeviation(brute.value.map((run) => run.meanSlowestFactor));
  const expected = expectedSlowestKeptFactor(SMALL.nodeCount, SPEED_SIGMA, 1);
  const factorError = Math.hypot(
    directStats.deviation / Math.sqrt(draws),
    bruteFactor.deviation / Math.sqrt(SMALL.runCount),
  );
  console.log(
    `  slowest-node factor: exact ${format(expected, 6)}, O(1) sampler ${format(directStats.mean, 6)}, brute force ${format(bruteFactor.mean, 6)}`,
  );
  console.log(
    `  sampler vs brute force: relative ${format(directStats.mean / bruteFactor.mean - 1, 3)}, z ${format((directStats.mean - bruteFactor.mean) / factorError, 3)}`,
  );

  const scale =
    (LARGE.nodeCount / SMALL.nodeCount) *
    (LARGE.stepCount / SMALL.stepCount) *
    (LARGE.runCount / SMALL.runCount);
  console.log(
    `  time at this size: engine ${format(engine.ms)} ms, brute force ${format(brute.ms)} ms, speed-up ${format(brute.ms / engine.ms, 3)}x`,
  );
  console.log(`  brute force extrapolated to the large size: ${format((brute.ms * scale) / 1000)} s`);
}

benchmarkLarge();
benchmarkAgreement();
