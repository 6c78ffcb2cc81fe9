// What the server must compute to unmask one round of secure aggregation, by protocol, counted in operations
// on mask-length vectors (the part that grows with the update size m). Seed-based protocols regenerate masks
// with a pseudorandom generator (PRG); LightSecAgg decodes one aggregate mask with an MDS code instead.
// Reconstructing the seeds themselves (Shamir interpolation of a few hundred 256-bit secrets) does not grow
// with m and is left out: it is smaller by a factor of about m / n.

/** The secure-aggregation protocols the model prices. */
export const SECURE_AGGREGATION_PROTOCOLS = ['secagg', 'secagg-plus', 'lightsecagg'] as const;

/** Id of a secure-aggregation protocol. */
export type SecureAggregationProtocol = (typeof SECURE_AGGREGATION_PROTOCOLS)[number];

/** One aggregation round. */
export interface AggregationRound {
  /** Users selected for the round (n). */
  userCount: number;
  /** Users that drop out after masking (expected count, 0 to n / 2). */
  droppedUserCount: number;
  /** Values in each update (m). */
  valueCount: number;
  /** Neighbours each user masks with in SecAgg+ (k, at most n - 1). */
  neighbourCount: number;
}

/** The server's unmasking work for one round. */
export interface ServerWork {
  /** Mask values the server regenerates from seeds with the PRG. */
  prgValueCount: number;
  /** Field multiply-adds the server spends decoding coded masks. */
  decodeMultiplyAddCount: number;
}

/**
 * SecAgg (Bonawitz et al. 2017, the unmasking round): for each surviving user the server regenerates its
 * self-mask (one PRG expansion of m values); for each dropped user, its pairwise masks with every survivor
 * (m values each). (n - d)(1 + d) m values: quadratic in n at a fixed dropout rate.
 */
function secAggWork(round: AggregationRound): ServerWork {
  const survivors = round.userCount - round.droppedUserCount;
  return {
    prgValueCount: survivors * (1 + round.droppedUserCount) * round.valueCount,
    decodeMultiplyAddCount: 0,
  };
}

/**
 * SecAgg+ (Bell et al. 2020): each user masks only with its k neighbours in a random graph, so a dropped user's
 * pairwise masks are regenerated only for its surviving neighbours, k (n - d) / (n - 1) of them in expectation;
 * survivors' self-masks as in SecAgg.
 */
function secAggPlusWork(round: AggregationRound): ServerWork {
  const survivors = round.userCount - round.droppedUserCount;
  const neighbours = Math.min(round.neighbourCount, round.userCount - 1);
  const survivingNeighbours = round.userCount > 1 ? (neighbours * survivors) / (round.userCount - 1) : 0;
  const values = (survivors + round.droppedUserCount * survivingNeighbours) * round.valueCount;
  return { prgValueCount: values, decodeMultiplyAddCount: 0 };
}

/**
 * LightSecAgg (So et al. 2022, one-shot aggregate-mask reconstruction): each surviving user sends the server
 * the sum of the coded sub-masks it holds (m / (U - T) values); the server decodes the U - T segments of the
 * aggregate mask, each a fixed linear combination of the U sums it received: U m multiply-adds, whoever
 * dropped. U is taken as the survivors (the most the server can use).
 */
function lightSecAggWork(round: AggregationRound): ServerWork {
  const survivors = round.userCount - round.droppedUserCount;
  return { prgValueCount: 0, decodeMultiplyAddCount: survivors * round.valueCount };
}

/** The server's unmasking work for one round of the given protocol. */
export function serverUnmaskingWork(
  protocol: SecureAggregationProtocol,
  round: AggregationRound,
): ServerWork {
  if (protocol === 'secagg-plus') return secAggPlusWork(round);
  if (protocol === 'lightsecagg') return lightSecAggWork(round);
  return secAggWork(round);
}
