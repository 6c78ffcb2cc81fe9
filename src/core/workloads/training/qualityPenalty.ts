// The compute multiplier low-communication training pays for equal quality as replicas grow and syncs thin out.
import { log, pow } from '../../math/index';

/**
 * Exponent of the replica count M in the equal-quality compute multiplier M^0.195. Fitted through the two
 * published points: 1.5x at M = 8 and about 6x at M = 10,000 (Epoch AI analysis of decentralized training,
 * 2025, read in secondary write-ups; see the low-communication-quality-penalty case).
 */
export const QUALITY_PENALTY_EXPONENT = 0.195;
/**
 * Inner steps at which the full exponent applies: the published points describe DiLoCo-style runs that sync
 * every 100 or so steps (INTELLECT-1: 100; DiLoCo: 500). Assumption: the two points are read at H = 100.
 */
export const QUALITY_PENALTY_REFERENCE_INNER_STEPS = 100;

/**
 * Share of the full exponent paid at H inner steps: ln H / ln 100, 0 at H = 1 (a sync after every step is
 * synchronous training, if compressed), 1 from H = 100 on. Continuous in H, so there is no jump from H = 1 to
 * H = 2; the logarithm follows the DiLoCo scaling-law finding that evaluation loss grows slowly and smoothly
 * with the sync interval (Charles et al. 2025, arXiv 2503.09799). Past 100 it is held at 1: the published
 * points give no slope there.
 */
export function innerStepPenaltyShare(innerStepCount: number): number {
  if (innerStepCount <= 1) return 0;
  return Math.min(1, log(innerStepCount) / log(QUALITY_PENALTY_REFERENCE_INNER_STEPS));
}

/**
 * Compute needed for equal quality, as a multiple of synchronous training, for `replicaCount` replicas that
 * take `innerStepCount` local steps between syncs: M^(0.195 x share(H)). One replica pays nothing (DiLoCo
 * with M = 1 matches synchronous training); the multiplier is continuous in both M and H.
 */
export function qualityComputeMultiplier(replicaCount: number, innerStepCount: number): number {
  if (replicaCount <= 1) return 1;
  return pow(replicaCount, QUALITY_PENALTY_EXPONENT * innerStepPenaltyShare(innerStepCount));
}
