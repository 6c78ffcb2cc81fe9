// What every verification technique reports, and how it becomes an engine TechniqueEffect. All techniques fill
// the same core metrics and labels (see docs/model/verification.md), including whether cheating pays.
import type { EffectContext, StepTerm, TechniqueEffect } from '../engine/types';
import { SECONDS_PER_HOUR } from '../units';

/** Metric names every verification technique reports. */
export const VERIFICATION_CORE_METRICS = [
  'detectionProbabilityFraction',
  'acceptedBadResultProbabilityFraction',
  'falseAlarmProbabilityFraction',
  'timeToFinalResultS',
  'verificationResourceRatio',
  'verificationTrafficBytesPerNodePerStep',
  'cheatGainUsd',
  'expectedCheatGainUsd',
  'cheatingPaysFlag',
] as const;

/** Label names every verification technique reports. */
export const VERIFICATION_CORE_LABELS = [
  'trustAssumption',
  'verificationCatches',
  'verificationFailureMode',
] as const;

/** Category outputs of a verification technique. */
export interface VerificationLabels {
  /** Whom one must trust for a result to be right. */
  trustAssumption: string;
  /** What kind of cheating it catches. */
  verificationCatches: string;
  /** How a cheat gets through. */
  verificationFailureMode: string;
}

/** A verification technique's result for one step, before it becomes an engine effect. */
export interface VerificationOutcome {
  /** Added time on the critical path (category 'verification'). */
  terms: StepTerm[];
  /** Hardware the technique multiplies (k replicas: k; audits at rate s: 1 + s). */
  resourceMultiplierRatio: number;
  /** Extra bytes each node sends per step (proofs, commitments, hashes). */
  trafficBytesPerNodePerStep: number;
  /** Probability that a result a cheating node submits is caught. */
  detectionProbabilityFraction: number;
  /** Probability that a given accepted result is wrong, at the configured adversary. */
  acceptedBadResultProbabilityFraction: number;
  /** Probability that an honest result is flagged (GPU nondeterminism under exact comparison). */
  falseAlarmProbabilityFraction: number;
  /** Delay after a result is computed until it is final under this technique (ledger excluded), seconds. */
  timeToFinalResultS: number;
  extraMetrics: Record<string, number>;
  labels: VerificationLabels;
}

/**
 * What one node gains by cheating on one step: the GPU cost of the compute it skips plus any outside gain
 * (verification.cheatExtraGainUsd), USD.
 */
export function cheatGainUsd(context: EffectContext): number {
  const { params } = context;
  const savedUsd =
    (stepComputeSeconds(context) * params.hardware.gpusPerNodeCount * params.hardware.pricePerGpuHourUsd) /
    SECONDS_PER_HOUR;
  return savedUsd + params.verification.cheatExtraGainUsd;
}

/** Turns an outcome into the engine's TechniqueEffect, adding the core metrics and the cheating economics. */
export function verificationEffectFromOutcome(
  outcome: VerificationOutcome,
  context: EffectContext,
): TechniqueEffect {
  const gain = cheatGainUsd(context);
  const detection = outcome.detectionProbabilityFraction;
  // A cheater keeps the gain when not caught and loses its stake when caught.
  const expectedGain = (1 - detection) * gain - detection * context.params.verification.slashingPenaltyUsd;
  return {
    terms: outcome.terms,
    resourceMultiplierRatio: outcome.resourceMultiplierRatio,
    trafficBytesPerNodePerStep: outcome.trafficBytesPerNodePerStep,
    metrics: {
      ...outcome.extraMetrics,
      detectionProbabilityFraction: detection,
      acceptedBadResultProbabilityFraction: outcome.acceptedBadResultProbabilityFraction,
      falseAlarmProbabilityFraction: outcome.falseAlarmProbabilityFraction,
      timeToFinalResultS: outcome.timeToFinalResultS,
      verificationResourceRatio: outcome.resourceMultiplierRatio,
      verificationTrafficBytesPerNodePerStep: outcome.trafficBytesPerNodePerStep,
      cheatGainUsd: gain,
      expectedCheatGainUsd: expectedGain,
      cheatingPaysFlag: expectedGain > 0 ? 1 : 0,
    },
    labels: { ...outcome.labels },
  };
}

/** A verification term in seconds, never negative. */
export function verificationTerm(name: string, seconds: number, driver: StepTerm['driver']): StepTerm {
  return { name, category: 'verification', seconds: Math.max(0, seconds), driver };
}

/** Seconds of the workload's compute in one step (what replicas, audits and proofs scale with). */
export function stepComputeSeconds(context: EffectContext): number {
  return context.workload.terms
    .filter((term) => term.category === 'compute')
    .reduce((sum, term) => sum + term.seconds, 0);
}
