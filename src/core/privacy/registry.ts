// Registry of privacy techniques: one module per technique, selected by params.privacy.technique, with DP-SGD
// optionally layered on top (costs compose numerically, guarantees compose as categories).
import type { EffectContext, TechniqueEffect } from '../engine/types';
import { differentialPrivacyOutcome } from './differentialPrivacy';
import { type PrivacyOutcome, privacyEffectFromOutcome, workloadComputeSeconds } from './outcome';
import type { PrivacyTechnique } from './params';
import { PRIVACY_TECHNIQUE_LIST } from './techniques';

/** Each technique's outcome function, by id (derived from the technique list). */
const PRIVACY_TECHNIQUE_MODULES = Object.fromEntries(
  PRIVACY_TECHNIQUE_LIST.map((technique) => [technique.id, technique.outcome]),
) as Record<PrivacyTechnique, (context: EffectContext) => PrivacyOutcome>;

/**
 * Layers DP-SGD on a base technique: DP slows every compute-bound second (the workload's and the base's),
 * traffic and multipliers combine, exposure stays the base's (DP does not hide data from nodes), the
 * membership bound is DP's, accuracy losses compound, and labels join.
 */
export function withDifferentialPrivacy(context: EffectContext, base: PrivacyOutcome): PrivacyOutcome {
  const baseComputeS = base.terms
    .filter((term) => term.driver === 'compute')
    .reduce((sum, term) => sum + term.seconds, 0);
  const dp = differentialPrivacyOutcome(context, workloadComputeSeconds(context.workload) + baseComputeS);
  const join = (first: string, second: string): string => `${first} + ${second}`;
  return {
    terms: [...base.terms, ...dp.terms],
    resourceMultiplierRatio: base.resourceMultiplierRatio * dp.resourceMultiplierRatio,
    trafficBytesPerNodePerStep: base.trafficBytesPerNodePerStep + dp.trafficBytesPerNodePerStep,
    exposureProbabilityFraction: base.exposureProbabilityFraction,
    membershipAdvantageBoundFraction: Math.min(
      base.membershipAdvantageBoundFraction,
      dp.membershipAdvantageBoundFraction,
    ),
    accuracyLossFraction: 1 - (1 - base.accuracyLossFraction) * (1 - dp.accuracyLossFraction),
    extraMetrics: { ...base.extraMetrics, ...dp.extraMetrics },
    labels: {
      dataHiddenFrom: join(base.labels.dataHiddenFrom, dp.labels.dataHiddenFrom),
      privacyTrustAssumption: join(base.labels.privacyTrustAssumption, 'DP noise added honestly'),
      exposedWhen: base.labels.exposedWhen,
      privacyFailureMode: join(base.labels.privacyFailureMode, 'membership inference up to the DP bound'),
    },
  };
}

/** The configured privacy technique's outcome (with DP layered on top when asked). */
export function privacyOutcome(context: EffectContext): PrivacyOutcome {
  const { technique, addDifferentialPrivacy } = context.params.privacy;
  const base = PRIVACY_TECHNIQUE_MODULES[technique](context);
  // DP chosen as the technique already includes itself; the flag then adds nothing.
  if (!addDifferentialPrivacy || technique === 'differential-privacy') return base;
  return withDifferentialPrivacy(context, base);
}

/** A privacy technique's cost and guarantees for one step of the configured job. */
export function privacyEffect(context: EffectContext): TechniqueEffect {
  return privacyEffectFromOutcome(privacyOutcome(context), context.workload);
}
