// What every privacy technique reports, and how it becomes an engine TechniqueEffect. All techniques fill
// the same core metrics and labels so charts can put them side by side (see docs/model/privacy.md).
import type { StepTerm, TechniqueEffect, WorkloadCost } from '../engine/types';

/** Metric names every privacy technique reports, whatever it is. */
export const PRIVACY_CORE_METRICS = [
  'privacyExposureProbabilityFraction',
  'membershipAdvantageBoundFraction',
  'accuracyLossFraction',
  'privacySlowdownRatio',
  'privacyThroughputLossFraction',
  'privacyTrafficBytesPerNodePerStep',
] as const;

/** Label names every privacy technique reports (category outputs, not numbers). */
export const PRIVACY_CORE_LABELS = [
  'dataHiddenFrom',
  'privacyTrustAssumption',
  'exposedWhen',
  'privacyFailureMode',
] as const;

/** Category outputs of a privacy technique. */
export interface PrivacyLabels {
  /** Whom the protected data is hidden from. */
  dataHiddenFrom: string;
  /** What must hold for the protection to hold. */
  privacyTrustAssumption: string;
  /** The event that exposes the data. */
  exposedWhen: string;
  /** What goes wrong when the assumption fails. */
  privacyFailureMode: string;
}

/** A privacy technique's result for one step, before it is turned into an engine effect. */
export interface PrivacyOutcome {
  /** Added time on the step's critical path (category 'privacy'). */
  terms: StepTerm[];
  /** Hardware the technique multiplies (MPC parties each compute on shares: p). */
  resourceMultiplierRatio: number;
  /** Extra bytes each node sends per step. */
  trafficBytesPerNodePerStep: number;
  /** Probability that a given record's data (or something invertible from it) reaches the adversary. */
  exposureProbabilityFraction: number;
  /** Upper bound on a membership-inference attacker's advantage against the trained model (1 = no bound). */
  membershipAdvantageBoundFraction: number;
  /** Accuracy lost to the protection, as a fraction of the task's accuracy scale (0 when none is published). */
  accuracyLossFraction: number;
  /** Technique-specific metrics, units in their names. */
  extraMetrics: Record<string, number>;
  labels: PrivacyLabels;
}

const sumSeconds = (terms: readonly StepTerm[]): number => terms.reduce((sum, term) => sum + term.seconds, 0);

/** Seconds of the workload's own step that count as computation (what secure protocols replace). */
export function workloadComputeSeconds(workload: WorkloadCost): number {
  return sumSeconds(workload.terms.filter((term) => term.category === 'compute'));
}

/** Turns an outcome into the engine's TechniqueEffect, adding the core metrics. */
export function privacyEffectFromOutcome(outcome: PrivacyOutcome, workload: WorkloadCost): TechniqueEffect {
  const plainStepS = sumSeconds(workload.terms);
  const privacyS = sumSeconds(outcome.terms);
  const slowdown =
    plainStepS > 0 ? ((plainStepS + privacyS) / plainStepS) * outcome.resourceMultiplierRatio : 1;
  return {
    terms: outcome.terms,
    resourceMultiplierRatio: outcome.resourceMultiplierRatio,
    trafficBytesPerNodePerStep: outcome.trafficBytesPerNodePerStep,
    metrics: {
      ...outcome.extraMetrics,
      privacyExposureProbabilityFraction: outcome.exposureProbabilityFraction,
      membershipAdvantageBoundFraction: outcome.membershipAdvantageBoundFraction,
      accuracyLossFraction: outcome.accuracyLossFraction,
      privacySlowdownRatio: slowdown,
      privacyThroughputLossFraction: 1 - 1 / slowdown,
      privacyTrafficBytesPerNodePerStep: outcome.trafficBytesPerNodePerStep,
    },
    labels: { ...outcome.labels },
  };
}

/** A privacy term in seconds, never negative (a protection never makes the job faster). */
export function privacyTerm(name: string, seconds: number, driver: StepTerm['driver']): StepTerm {
  return { name, category: 'privacy', seconds: Math.max(0, seconds), driver };
}
