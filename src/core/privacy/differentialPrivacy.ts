// Differential privacy by DP-SGD: per-example gradient clipping plus Gaussian noise. It protects the
// individuals in the training set from what the trained model reveals; it does not hide the data from the
// nodes that train on it. Cost: a compute slowdown set by the implementation, and an accuracy loss.
import type { EffectContext } from '../engine/types';
import { exp, pow } from '../math/index';
import type { Params } from '../params/table';
import { plainExposureProbability } from './dataExposure';
import { clippingComplexityRatio, weightMatricesOf } from './dpClipping';
import { DP_PARAMS, type DpImplementation } from './dpParams';
import { type PrivacyOutcome, privacyTerm, workloadComputeSeconds } from './outcome';
import type { PrivacyTechniqueDefinition } from './technique';

export { DP_PARAMS } from './dpParams';

/**
 * Opacus slowdown: geometric mean of the published 2.6-8x range (the spread is by architecture).
 * Source: dp-sgd-throughput case (Opacus, Yousefpour et al. 2021 and follow-ups).
 */
export const OPACUS_SLOWDOWN_FACTOR = Math.sqrt(2.6 * 8.0);
/** JAX vectorised per-example clipping is about 1.2x plain SGD (Subramani et al. 2021). */
export const JAX_VECTORISED_SLOWDOWN_FACTOR = 1.2;

/**
 * Compute slowdown of DP-SGD by implementation. Ghost clipping and book-keeping are priced from the model's
 * weight matrices (dpClipping.ts); Opacus and JAX are measured factors: Opacus's cost is dominated by hooks
 * and by the memory of per-example gradients (smaller batches), not by its extra FLOP.
 */
export function dpSlowdownFactor(implementation: DpImplementation, params: Params): number {
  switch (implementation) {
    case 'opacus':
      return OPACUS_SLOWDOWN_FACTOR;
    case 'ghost-clipping':
    case 'book-keeping':
      return clippingComplexityRatio(weightMatricesOf(params), implementation);
    case 'jax-vectorised':
      return JAX_VECTORISED_SLOWDOWN_FACTOR;
  }
}

/**
 * Upper bound on a membership-inference attacker's advantage (true-positive minus false-positive rate)
 * against an (ε, δ)-DP model: (e^ε - 1 + 2δ) / (e^ε + 1). Humphries et al. 2020 / Kairouz et al. 2015
 * hypothesis-testing view of DP (Kairouz et al. 2015, arXiv 1311.0776); docs/model/privacy.md. Increasing in ε and δ.
 */
export function membershipAdvantageBound(epsilonLogRatio: number, deltaFraction: number): number {
  const growth = exp(epsilonLogRatio);
  if (!Number.isFinite(growth)) return 1;
  // (e^ε - 1 + 2δ) / (e^ε + 1), written as 1 - (2 - 2δ) / (e^ε + 1) so that rounding cannot make it fall by an
  // ulp as ε rises: each step of this form is monotone under round-to-nearest.
  return Math.min(1, 1 - (2 - 2 * deltaFraction) / (growth + 1));
}

/** Reference ε at which the published accuracy losses are quoted. */
export const DP_REFERENCE_EPSILON = 8;
/**
 * Accuracy lost at ε = 8 when training from scratch: CIFAR-10 WRN-40-4, 81.4% private (De et al. 2022)
 * versus about 95.5% without DP for a WRN-40-4 (Zagoruyko and Komodakis 2016). Calibrated, not validated.
 */
export const FROM_SCRATCH_LOSS_AT_REFERENCE_FRACTION = 0.955 - 0.814;
/**
 * Accuracy lost when fine-tuning a large pretrained model: RoBERTa-Large on MNLI at ε = 6.7, 87.8% private
 * versus 90.2% non-private (Li et al. 2021). Calibrated, not validated.
 */
export const PRETRAINED_LOSS_AT_REFERENCE_FRACTION = 0.902 - 0.878;
/** ε of the pretrained reference point (Li et al. 2021, MNLI). */
export const PRETRAINED_REFERENCE_EPSILON = 6.7;
/**
 * From scratch, loss grows like ε^-0.5 as ε falls (assumption between the 1/ε noise scale and the
 * sublinear gains De et al. 2022 report for CIFAR-10 across ε = 1 to 8).
 */
export const FROM_SCRATCH_LOSS_EPSILON_EXPONENT = 0.5;
/**
 * Fine-tuning a pretrained model, loss grows more slowly: ε^-0.3 fits De et al. 2022's ImageNet NFNet-F3
 * pair (83.8% at ε = 0.5, 86.7% at ε = 8: 2.9 points apart). Calibrated to that pair.
 */
export const PRETRAINED_LOSS_EPSILON_EXPONENT = 0.3;

/** Accuracy loss (fraction of the task's accuracy scale) of DP-SGD at ε from the given starting point. */
export function dpAccuracyLossFraction(
  epsilonLogRatio: number,
  startingPoint: (typeof DP_PARAMS.startingPoint.options)[number],
): number {
  const loss =
    startingPoint === 'from-scratch'
      ? FROM_SCRATCH_LOSS_AT_REFERENCE_FRACTION *
        pow(DP_REFERENCE_EPSILON / epsilonLogRatio, FROM_SCRATCH_LOSS_EPSILON_EXPONENT)
      : PRETRAINED_LOSS_AT_REFERENCE_FRACTION *
        pow(PRETRAINED_REFERENCE_EPSILON / epsilonLogRatio, PRETRAINED_LOSS_EPSILON_EXPONENT);
  return Math.min(1, loss);
}

/**
 * DP-SGD on the given compute: `protectedComputeS` is the per-step compute it slows (the workload's, plus a
 * base technique's compute-bound terms when DP is layered on top).
 */
export function differentialPrivacyOutcome(
  context: EffectContext,
  protectedComputeS: number = workloadComputeSeconds(context.workload),
): PrivacyOutcome {
  const { epsilonLogRatio, deltaFraction, implementation, startingPoint, nonPrivateAccuracyFraction } =
    context.params.dp;
  const slowdown = dpSlowdownFactor(implementation, context.params);
  const baseline = context.params.dp.baselineImplementation;
  const baselineMetrics: Record<string, number> =
    baseline === 'none'
      ? {}
      : { dpSpeedupOverBaselineRatio: dpSlowdownFactor(baseline, context.params) / slowdown };
  const accuracyLossFraction = dpAccuracyLossFraction(epsilonLogRatio, startingPoint);
  return {
    terms: [privacyTerm('DP-SGD per-example clipping', (slowdown - 1) * protectedComputeS, 'compute')],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: 0,
    exposureProbabilityFraction: plainExposureProbability(context),
    membershipAdvantageBoundFraction: membershipAdvantageBound(epsilonLogRatio, deltaFraction),
    accuracyLossFraction,
    extraMetrics: {
      dpSlowdownFactor: slowdown,
      ...baselineMetrics,
      dpAccuracyFraction: Math.max(0, nonPrivateAccuracyFraction - accuracyLossFraction),
    },
    labels: {
      dataHiddenFrom: 'users of the trained model (individual records)',
      privacyTrustAssumption: 'the nodes that train see the raw data; the noise is added honestly',
      exposedWhen: 'a node reads the raw data, or an attacker beats the (ε, δ) bound with probability δ',
      privacyFailureMode: 'membership inference at most the bound; operators still see records',
    },
  };
}

/** DP-SGD as a technique (it can also be layered on another one: privacy.addDifferentialPrivacy). */
export const DIFFERENTIAL_PRIVACY_TECHNIQUE = {
  id: 'differential-privacy',
  label: 'Differential privacy (DP-SGD)',
  chartSymbol: 'triangle-up',
  paramGroup: { name: 'dp', label: 'Differential privacy (DP-SGD)', params: DP_PARAMS },
  outcome: (context: EffectContext) => differentialPrivacyOutcome(context),
} as const satisfies PrivacyTechniqueDefinition;
