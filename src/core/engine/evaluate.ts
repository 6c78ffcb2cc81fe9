// Evaluates one parameter set: the analytic expected-value path, the datacentre reference, and (when asked)
// the seeded Monte Carlo path. Pure: plain data in, plain data out.
import { ledgerEffect } from '../ledger/registry';
import { computeScalingLimits } from '../limits/index';
import { shapeProblemOf } from '../models/fromParams';
import { boundedMemo } from '../models/memo';
import { resolveModelShape } from '../models/resolveShape';
import type { Params } from '../params/table';
import { NETWORK_PRESETS } from '../presets/network';
import { privacyEffect } from '../privacy/registry';
import { withMixedNetwork } from '../topology/attach';
import { resolveMixedNetwork } from '../topology/mixedNetwork';
import { trilemmaMetrics } from '../trilemma/metrics';
import { verificationEffect } from '../verification/registry';
import { describeWork } from '../work/describe';
import type { WorkDescription } from '../work/types';
import { evaluateWorkload } from '../workloads/registry';
import { averagingMetrics } from '../workloads/training/averaging/metrics';
import { type Feasibility, feasibility } from './feasibility';
import { metricsFromStepTime } from './metrics';
import { runMonteCarlo } from './monteCarlo';
import { expectedSynchronyTerms, sumByDriver, synchronyModel } from './stepComposition';
import {
  type EffectContext,
  type Metrics,
  type PointResult,
  STEP_CATEGORIES,
  type StepTerm,
  type TechniqueEffect,
} from './types';

/** How much Monte Carlo to run for a point. */
export interface MonteCarloOptions {
  /** Seed of this point's random processes (derive it from the scenario seed and the point index). */
  seed: string;
  /** Independent runs; 0 skips the Monte Carlo path. */
  runCount: number;
  /** Steps simulated per run. */
  stepCount: number;
}

/** Everything the analytic path works out, reused by the Monte Carlo path. */
export interface AnalyticEvaluation {
  context: EffectContext;
  effects: TechniqueEffect[];
  /** Terms of workload, privacy and verification (before straggler, churn and ledger). */
  coreTerms: StepTerm[];
  ledger: TechniqueEffect;
  synchrony: ReturnType<typeof synchronyModel>;
  resourceMultiplierRatio: number;
  ledgerCostPerStepUsd: number;
  result: PointResult;
}

/** The resolved model fields, the work description and any shape problem, for a job's model and passes. */
interface ModelWork {
  model: Params['model'];
  work: WorkDescription;
  shapeProblem: string | undefined;
}

/** Jobs remembered: the description reads only the model, inference, training and precision groups, and is pure. */
const MODEL_WORK_CAPACITY = 256;
const modelWorkOf = boundedMemo<Params, ModelWork>(
  MODEL_WORK_CAPACITY,
  (params) => JSON.stringify([params.model, params.inference, params.training, params.precision]),
  (params) => {
    const resolved = resolveModelShape(params);
    return { model: resolved.model, work: describeWork(resolved), shapeProblem: shapeProblemOf(params) };
  },
);

/**
 * The model shape resolved once (fields left to the aspect-ratio rule filled in), the one description of the
 * work, and the workload's cost: what every technique and the ledger read. A shape that cannot hold its
 * parameter count makes the point infeasible, with the reason.
 */
export function effectContext(input: Params): EffectContext {
  const { model, work, shapeProblem } = modelWorkOf(input);
  const params = { ...input, model };
  const workload = evaluateWorkload(params, work);
  if (!shapeProblem) return { params, work, workload };
  return {
    params,
    work,
    workload: { ...workload, feasible: false, infeasibleReason: `model.parameterCount: ${shapeProblem}` },
  };
}

/** The workload cost of a parameter set, as every evaluation computes it (what a mixed network prices per group). */
const workloadOf = (params: Params) => effectContext(params).workload;

const totalSeconds = (terms: readonly StepTerm[]): number =>
  terms.reduce((sum, term) => sum + term.seconds, 0);

/** The compute-driven terms as the kept nodes run them (factor below 1 only when they are all fast). */
const onKeptNodes = (terms: StepTerm[], keptComputeFactor: number): StepTerm[] =>
  keptComputeFactor === 1
    ? terms
    : terms.map((term) =>
        term.driver === 'compute' ? { ...term, seconds: term.seconds * keptComputeFactor } : term,
      );

const withReason = (fit: Feasibility, reason: string | undefined): Feasibility =>
  reason === undefined ? fit : { feasible: false, infeasibleReasons: [...fit.infeasibleReasons, reason] };

/** The analytic (expected-value) evaluation of one parameter set. */
export function evaluateAnalytic(input: Params): AnalyticEvaluation {
  const mixed = resolveMixedNetwork(input, workloadOf);
  if (mixed) {
    const uniform = evaluateAnalytic(mixed.params);
    return { ...uniform, result: withMixedNetwork(uniform.result, mixed) };
  }
  const context = effectContext(input);
  const { params, workload } = context;
  const effects = [privacyEffect(context), verificationEffect(context)];
  const coreTerms = [...workload.terms, ...effects.flatMap((effect) => effect.terms)];
  const synchrony = synchronyModel(params, workload);
  const expected = expectedSynchronyTerms(sumByDriver(coreTerms), synchrony);
  const keptCoreTerms = onKeptNodes(coreTerms, expected.keptComputeFactor);
  const ledger = ledgerEffect(context, totalSeconds([...keptCoreTerms, ...expected.terms]));
  const terms = [...keptCoreTerms, ...expected.terms, ...ledger.terms];
  const stepTimeS = totalSeconds(terms);
  const resourceMultiplierRatio = [...effects, ledger].reduce(
    (product, e) => product * e.resourceMultiplierRatio,
    1,
  );
  const ledgerCostPerStepUsd = ledger.metrics.ledgerCostPerStepUsd ?? 0;
  const categorySeconds = Object.fromEntries(
    STEP_CATEGORIES.map((category) => [
      `step${category[0]?.toUpperCase()}${category.slice(1)}S`,
      totalSeconds(terms.filter((term) => term.category === category)),
    ]),
  );
  const computeS = totalSeconds(terms.filter((term) => term.category === 'compute'));
  const metrics: Metrics = {
    ...metricsFromStepTime(params, {
      workload,
      stepTimeS,
      computeS,
      keptWorkFraction: synchrony.keptWorkFraction,
      resourceMultiplierRatio,
      ledgerCostPerStepUsd,
    }),
    ...categorySeconds,
    trafficBytesPerNodePerStep:
      workload.trafficBytesPerNodePerStep + effects.reduce((sum, e) => sum + e.trafficBytesPerNodePerStep, 0),
    qualityComputeMultiplierRatio: workload.qualityComputeMultiplierRatio,
    resourceMultiplierRatio,
    ...workload.metrics,
    ...Object.assign({}, ...effects.map((effect) => effect.metrics)),
    ...ledger.metrics,
    ...(params.workload.kind === 'training' ? computeScalingLimits(params) : {}),
    ...(params.workload.kind === 'training' ? averagingMetrics(params, context.work, computeS) : {}),
  };
  const labels = Object.assign(
    { stepLabel: workload.stepLabel },
    ...effects.map((e) => e.labels),
    ledger.labels,
  );
  const fit = withReason(feasibility(params, workload), expected.infeasibleReason);
  const warnings = [...fit.infeasibleReasons];
  return {
    context,
    effects,
    coreTerms,
    ledger,
    synchrony,
    resourceMultiplierRatio,
    ledgerCostPerStepUsd,
    result: { metrics, bands: {}, labels, terms, warnings, ...fit },
  };
}

/** Only the privacy and verification metrics of a parameter set: what the security bisection reads. */
export function techniqueMetrics(params: Params): Metrics {
  const context = effectContext(params);
  return Object.assign({}, privacyEffect(context).metrics, verificationEffect(context).metrics);
}

/**
 * The same GPUs and job in one datacentre: datacentre network, identical nodes, no churn, no privacy,
 * verification or ledger. Slowdown versus this reference is the whole price of decentralizing.
 */
export function datacentreReference(params: Params): Params {
  return {
    ...params,
    network: { ...params.network, ...NETWORK_PRESETS.datacentre.values },
    heterogeneity: {
      ...params.heterogeneity,
      speedSigma: 0,
      persistentSpeedSigma: 0,
      dropProbabilityFraction: 0,
    },
    privacy: { ...params.privacy, technique: 'none' },
    verification: { ...params.verification, technique: 'none' },
    ledger: { ...params.ledger, kind: 'none' },
  };
}

/** The analytic metrics alone; one function for every point, so the trilemma's per-function memos are shared. */
const analyticMetrics = (params: Params): Metrics => evaluateAnalytic(params).result.metrics;

/** Evaluates one parameter set: analytic metrics, the datacentre slowdown, and Monte Carlo bands if asked. */
export function evaluatePoint(params: Params, monteCarlo?: MonteCarloOptions): PointResult {
  const mixed = resolveMixedNetwork(params, workloadOf);
  if (mixed) return withMixedNetwork(evaluatePoint(mixed.params, monteCarlo), mixed);
  const analytic = evaluateAnalytic(params);
  const reference = evaluateAnalytic(datacentreReference(params)).result.metrics;
  const metrics = analytic.result.metrics;
  metrics.slowdownVsDatacentreRatio =
    (reference.throughputTokensPerS ?? 0) / (metrics.throughputTokensPerS ?? 0);
  // The trilemma needs counterfactual runs (one node, other adversary fractions): analytic only, no recursion.
  Object.assign(metrics, trilemmaMetrics(params, analyticMetrics, metrics, techniqueMetrics));
  const bands = monteCarlo && monteCarlo.runCount > 0 ? runMonteCarlo(analytic, monteCarlo) : {};
  return { ...analytic.result, metrics, bands };
}
