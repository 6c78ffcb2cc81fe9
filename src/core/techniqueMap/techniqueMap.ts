// The technique map: for one job and network, every privacy x verification combination the cross-field rules
// allow, evaluated on the analytic path, with the three corners of the trade-off (throughput, data exposure,
// detection of cheats) and the Pareto frontier. The app's Technique map view and `sim techniques` both call
// techniqueMap(), so they show the same rows.
import { evaluateAnalytic } from '../engine/evaluate';
import { paramConstraintErrors } from '../params/constraints';
import type { Params } from '../params/table';
import { PRIVACY_TECHNIQUES, type PrivacyTechnique } from '../privacy/params';
import { VERIFICATION_TECHNIQUES, type VerificationTechnique } from '../verification/params';
import { frontierFlags } from './pareto';

/** One allowed combination, evaluated. */
export interface TechniqueMapPoint {
  privacyTechnique: PrivacyTechnique;
  verificationTechnique: VerificationTechnique;
  /** Tokens per second over the whole network (expected value). */
  throughputTokensPerS: number;
  /** Time of one step, seconds. */
  stepTimeS: number;
  /** Probability that a record reaches the adversary (lower is better). */
  privacyExposureProbabilityFraction: number;
  /** Probability that a cheating node's result is caught (higher is better). */
  detectionProbabilityFraction: number;
  /** Whom one must trust for the data to stay private. */
  privacyTrustAssumption: string;
  /** Whom one must trust for a result to be right. */
  verificationTrustAssumption: string;
  /** No other combination is at least as good on all three corners and better on one. */
  paretoOptimal: boolean;
  /** On the frontier of throughput against exposure alone. */
  onExposureFrontier: boolean;
  /** On the frontier of throughput against detection alone. */
  onDetectionFrontier: boolean;
  /** Why the point means little (the job does not fit, say); empty when it is sound. */
  warnings: string[];
}

/** A combination the cross-field rules refuse for this job, with their messages. */
export interface RefusedCombination {
  privacyTechnique: PrivacyTechnique;
  verificationTechnique: VerificationTechnique;
  reasons: string[];
}

/** The whole map: evaluated points and refused combinations, both in technique order. */
export interface TechniqueMap {
  points: TechniqueMapPoint[];
  refused: RefusedCombination[];
}

/**
 * The parameters of one combination: the job's own, with the two techniques replaced and DP-SGD layered on
 * top turned off (each privacy technique is shown alone; DP-SGD is one of them).
 */
export function combinationParams(
  params: Params,
  privacyTechnique: PrivacyTechnique,
  verificationTechnique: VerificationTechnique,
): Params {
  return {
    ...params,
    privacy: { ...params.privacy, technique: privacyTechnique, addDifferentialPrivacy: false },
    verification: { ...params.verification, technique: verificationTechnique },
  };
}

type Unflagged = Omit<TechniqueMapPoint, 'paretoOptimal' | 'onExposureFrontier' | 'onDetectionFrontier'>;

function evaluateCombination(
  params: Params,
  privacyTechnique: PrivacyTechnique,
  verificationTechnique: VerificationTechnique,
): Unflagged {
  const { metrics, labels, warnings } = evaluateAnalytic(params).result;
  return {
    privacyTechnique,
    verificationTechnique,
    throughputTokensPerS: metrics.throughputTokensPerS ?? Number.NaN,
    stepTimeS: metrics.stepTimeS ?? Number.NaN,
    privacyExposureProbabilityFraction: metrics.privacyExposureProbabilityFraction ?? Number.NaN,
    detectionProbabilityFraction: metrics.detectionProbabilityFraction ?? Number.NaN,
    privacyTrustAssumption: labels.privacyTrustAssumption ?? '',
    verificationTrustAssumption: labels.trustAssumption ?? '',
    warnings,
  };
}

/** Every privacy x verification combination for the job and network of `params`. Pure. */
export function techniqueMap(params: Params): TechniqueMap {
  const evaluated: Unflagged[] = [];
  const refused: RefusedCombination[] = [];
  for (const privacyTechnique of PRIVACY_TECHNIQUES) {
    for (const verificationTechnique of VERIFICATION_TECHNIQUES) {
      const combined = combinationParams(params, privacyTechnique, verificationTechnique);
      const reasons = paramConstraintErrors(combined).map((error) => error.message);
      if (reasons.length > 0) refused.push({ privacyTechnique, verificationTechnique, reasons });
      else evaluated.push(evaluateCombination(combined, privacyTechnique, verificationTechnique));
    }
  }
  const throughput = (point: Unflagged) => point.throughputTokensPerS;
  const safety = (point: Unflagged) => -point.privacyExposureProbabilityFraction;
  const detection = (point: Unflagged) => point.detectionProbabilityFraction;
  const all = frontierFlags(evaluated, [throughput, safety, detection]);
  const exposure = frontierFlags(evaluated, [throughput, safety]);
  const checks = frontierFlags(evaluated, [throughput, detection]);
  const points = evaluated.map((point, index) => ({
    ...point,
    paretoOptimal: all[index] ?? false,
    onExposureFrontier: exposure[index] ?? false,
    onDetectionFrontier: checks[index] ?? false,
  }));
  return { points, refused };
}
