// What one user uploads in a round of secure aggregation, by protocol, over a plain upload of the same update.
import { log2 } from '../../math/index';
import type { SecureAggregationProtocol } from './serverWork';

/** Bits of one public key in secure aggregation (a_K; 256-bit elliptic-curve keys). Bonawitz et al. 2017. */
export const SECURE_AGGREGATION_KEY_BITS = 256;
/** Bits of one secret share (a_S). Bonawitz et al. 2017. */
export const SECURE_AGGREGATION_SHARE_BITS = 256;

/** One user's round, as the upload formulas need it. */
export interface UploadRound {
  /** Users in the round (n). */
  userCount: number;
  /** Values in the update (m). */
  valueCount: number;
  /** Bits of each value of a plain upload (b). */
  valueBits: number;
  /** SecAgg+ neighbours per user (k). */
  neighbourCount: number;
  /** LightSecAgg: users the server decodes from (U). */
  survivorCount: number;
  /** LightSecAgg: colluding users the masks stay private against (T < U). */
  privacyThresholdCount: number;
}

/** Bits of a masked value: b + log2 n, so the sum of n values cannot wrap (Bonawitz et al. 2017). */
export function maskedValueBits(round: Pick<UploadRound, 'valueBits' | 'userCount'>): number {
  return round.valueBits + log2(Math.max(1, round.userCount));
}

/** Key and share bits a user uploads when it masks with `peers` others: 2p a_K + (5p - 4) a_S. */
function keyAndShareBits(peers: number): number {
  return 2 * peers * SECURE_AGGREGATION_KEY_BITS + Math.max(0, 5 * peers - 4) * SECURE_AGGREGATION_SHARE_BITS;
}

/**
 * SecAgg, per user: [2n a_K + (5n - 4) a_S + m R] / (m b) (Bonawitz et al. 2017, per-user communication
 * analysis). Reproduces 1.73x for 2^10 users, 2^20 values of 16 bits and 1.98x for 2^14 users, 2^24 values.
 */
export function secureAggregationExpansionRatio(
  userCount: number,
  valueCount: number,
  valueBits: number,
): number {
  const round = {
    userCount,
    valueCount,
    valueBits,
    neighbourCount: 0,
    survivorCount: 0,
    privacyThresholdCount: 0,
  };
  const users = Math.max(1, userCount);
  return (keyAndShareBits(users) + valueCount * maskedValueBits(round)) / (valueCount * valueBits);
}

/** SecAgg+ (Bell et al. 2020): Bonawitz's per-user cost with the n peers replaced by the k neighbours. */
function secAggPlusExpansionRatio(round: UploadRound): number {
  const peers = Math.max(1, Math.min(round.neighbourCount, round.userCount - 1));
  return (
    (keyAndShareBits(peers) + round.valueCount * maskedValueBits(round)) /
    (round.valueCount * round.valueBits)
  );
}

/**
 * LightSecAgg (So et al. 2022): the masked update (m values), one coded sub-mask of m / (U - T) values for each
 * of the n users (relayed by the server), and in the recovery phase the sum of the coded sub-masks held (one
 * more m / (U - T)). Key agreement for the relayed sub-masks (n keys, not growing with m) is left out.
 */
function lightSecAggExpansionRatio(round: UploadRound): number {
  const segments = round.survivorCount - round.privacyThresholdCount;
  if (!(segments > 0)) {
    throw new RangeError('LightSecAgg needs more surviving users than colluding ones (U > T)');
  }
  const valuesSent = round.valueCount * (1 + (round.userCount + 1) / segments);
  return (valuesSent * maskedValueBits(round)) / (round.valueCount * round.valueBits);
}

/** Upload of one user with the given protocol over a plain upload of the same update. */
export function uploadExpansionRatio(protocol: SecureAggregationProtocol, round: UploadRound): number {
  if (protocol === 'secagg-plus') return secAggPlusExpansionRatio(round);
  if (protocol === 'lightsecagg') return lightSecAggExpansionRatio(round);
  return secureAggregationExpansionRatio(round.userCount, round.valueCount, round.valueBits);
}
