// The compute multiplier low-communication training pays for equal quality as replicas grow.
import { pow } from '../../math/index';

/**
 * Exponent of the replica count M in the equal-quality compute multiplier M^0.195. Fitted through the two
 * published points: 1.5x at M = 8 and about 6x at M = 10,000 (Epoch AI analysis of decentralized training,
 * 2025, read in secondary write-ups; see the low-communication-quality-penalty case).
 */
export const QUALITY_PENALTY_EXPONENT = 0.195;

/**
 * Compute needed for equal quality, as a multiple of synchronous training, for `replicaCount` replicas that
 * take `innerStepCount` local steps between syncs. One replica, or a sync after every step (H = 1, an exact
 * if compressed synchronous step), pays nothing: DiLoCo with M = 1 matches synchronous training.
 */
export function qualityComputeMultiplier(replicaCount: number, innerStepCount: number): number {
  if (replicaCount <= 1 || innerStepCount <= 1) return 1;
  return pow(replicaCount, QUALITY_PENALTY_EXPONENT);
}
