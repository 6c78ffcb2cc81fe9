// What one user computes for one round of secure aggregation, by protocol, counted in operations on
// mask-length vectors (the part that grows with the update size m), like the server's work (serverWork.ts).
// Seed-based protocols expand one PRG stream per mask; LightSecAgg generates one mask and MDS-encodes it into
// a coded sub-mask for every user, then sums the coded sub-masks it holds for the server.
import type { SecureAggregationProtocol } from './serverWork';

/** One user's round, as the work counts need it. */
export interface UserRound {
  /** Users in the round (n). */
  userCount: number;
  /** Values in the update (m). */
  valueCount: number;
  /** SecAgg+ neighbours per user (k, at most n - 1). */
  neighbourCount: number;
  /** LightSecAgg: users the server decodes from (U). */
  survivorCount: number;
  /** LightSecAgg: colluding users the masks stay private against (T < U). */
  privacyThresholdCount: number;
}

/** One user's masking work for one round. */
export interface UserWork {
  /** Mask values the user expands from seeds with the PRG. */
  prgValueCount: number;
  /** Field multiply-adds the user spends encoding its mask and summing the coded sub-masks it holds. */
  encodeMultiplyAddCount: number;
}

/**
 * SecAgg (Bonawitz et al. 2017, masked input): a self-mask and one pairwise mask with each of the n - 1 other
 * users, each a PRG expansion of m values. SecAgg+ (Bell et al. 2020): pairwise masks with the k neighbours only.
 */
function seedMaskWork(round: UserRound, peers: number): UserWork {
  return { prgValueCount: (1 + peers) * round.valueCount, encodeMultiplyAddCount: 0 };
}

/**
 * LightSecAgg (So et al. 2022): the mask is cut into U - T segments of m / (U - T) values and padded with T
 * random segments (m U / (U - T) random values), then each of the n users gets a coded sub-mask, one fixed
 * linear combination of the U segments (n U m / (U - T) multiply-adds). In recovery the user sums the coded
 * sub-masks of the U survivors it holds (U m / (U - T) additions, counted as multiply-adds).
 */
function lightSecAggWork(round: UserRound): UserWork {
  const segments = round.survivorCount - round.privacyThresholdCount;
  if (!(segments > 0)) {
    throw new RangeError('LightSecAgg needs more surviving users than colluding ones (U > T)');
  }
  const segmentValues = round.valueCount / segments;
  return {
    prgValueCount: round.survivorCount * segmentValues,
    encodeMultiplyAddCount: (round.userCount + 1) * round.survivorCount * segmentValues,
  };
}

/** One user's masking work for one round of the given protocol. */
export function userMaskingWork(protocol: SecureAggregationProtocol, round: UserRound): UserWork {
  if (protocol === 'lightsecagg') return lightSecAggWork(round);
  const others = Math.max(0, round.userCount - 1);
  return seedMaskWork(round, protocol === 'secagg-plus' ? Math.min(round.neighbourCount, others) : others);
}
