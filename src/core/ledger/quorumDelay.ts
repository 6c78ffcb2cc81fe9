// How long a BFT validator waits to hear from a quorum of its committee. Every protocol step that waits for
// 2f + 1 messages (votes, certificates, a DAG round's blocks) ends when the quorum-th nearest validator's
// message arrives, so the delay that counts is that order statistic, not the mean over all pairs: a quorum
// can be gathered from nearby regions while the farthest third is still in flight.
import { BFT_REGION_SHARE_KEYS } from '../params/groups/ledgerCommittee';
import type { Params } from '../params/table';
import { REGION_IDS, type RegionId, regionRttMs } from '../topology/regions';
import { MS_PER_S, ONE_WAY_DELAYS_PER_ROUND_TRIP } from '../units';

/**
 * Replicas needed per tolerated Byzantine fault beyond the first: n >= 3f + 1.
 * Source: Lamport, Shostak and Pease 1982; Castro and Liskov 1999.
 */
export const BFT_REPLICAS_PER_FAULT_COUNT = 3;

/** Faults a committee of `validatorCount` tolerates: f = floor((n - 1) / 3). */
export function faultTolerance(validatorCount: number): number {
  return Math.floor((validatorCount - 1) / BFT_REPLICAS_PER_FAULT_COUNT);
}

/**
 * Messages a validator waits for before a step completes: n - f, its own included (2f + 1 when n = 3f + 1).
 * Source: Castro and Liskov 1999 (quorum certificates of 2f + 1); Babel et al., Mysticeti (arXiv 2310.14821),
 * threshold clock: a validator enters round r + 1 once it holds 2f + 1 blocks of round r.
 */
export function quorumCount(validatorCount: number): number {
  return validatorCount - faultTolerance(validatorCount);
}

/** Validators placed in one region. */
export interface RegionShare {
  region: RegionId;
  validatorCount: number;
}

/**
 * The committee split over the regions in proportion to ledger.bftShare<Region>Count (largest remainder,
 * ties to the earlier region of the table). Throws, naming the fields, when every share is 0.
 */
export function validatorRegionShares(params: Params): RegionShare[] {
  const { ledger } = params;
  const weights = REGION_IDS.map((region) => ({ region, weight: ledger[BFT_REGION_SHARE_KEYS[region]] }));
  const totalWeight = weights.reduce((sum, entry) => sum + entry.weight, 0);
  if (!(totalWeight > 0)) {
    throw new Error(
      'ledger.bftShare<Region>Count: with ledger.bftPlacement "regions" at least one region share must be above 0 (allowed 0 to 10000 each)',
    );
  }
  const validatorCount = ledger.bftValidatorCount;
  const entries = weights.map(({ region, weight }, order) => {
    const exact = (validatorCount * weight) / totalWeight;
    return { region, order, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = validatorCount - entries.reduce((sum, entry) => sum + entry.whole, 0);
  const byRemainder = [...entries].sort((a, b) => b.remainder - a.remainder || a.order - b.order);
  for (const entry of byRemainder) {
    if (left <= 0) break;
    entry.whole += 1;
    left -= 1;
  }
  return entries
    .filter((entry) => entry.whole > 0)
    .map((entry) => ({ region: entry.region, validatorCount: entry.whole }));
}

/**
 * One-way delay, seconds, from a validator in `from` to its quorum-th nearest validator (itself at 0, others
 * in its region at half the configured round trip, others at half the measured inter-region round trip).
 */
function quorumDelayFromS(
  from: RegionId,
  shares: readonly RegionShare[],
  quorum: number,
  intraRttMs: number,
) {
  const delays = shares
    .map((share) => ({
      oneWayS: regionRttMs(from, share.region, intraRttMs) / ONE_WAY_DELAYS_PER_ROUND_TRIP / MS_PER_S,
      count: share.region === from ? share.validatorCount - 1 : share.validatorCount,
    }))
    .sort((a, b) => a.oneWayS - b.oneWayS);
  let heard = 1; // its own message
  for (const delay of delays) {
    heard += delay.count;
    if (heard >= quorum) return delay.oneWayS;
  }
  return 0; // a committee of one region's validators only reaches its quorum inside the region
}

/**
 * Mean over validators of the one-way delay to the quorum-th nearest validator, seconds: the time one
 * quorum-collecting step takes. `one-link`: every pair is one configured round trip apart, so it is half of
 * it. `regions`: the committee is split over regions (validatorRegionShares) and pairs in different regions
 * pay the measured inter-region round trip (topology/regions.ts).
 */
export function quorumOneWayDelayS(params: Params): number {
  const { network, ledger } = params;
  if (ledger.bftPlacement === 'one-link') return network.rttMs / ONE_WAY_DELAYS_PER_ROUND_TRIP / MS_PER_S;
  const shares = validatorRegionShares(params);
  const quorum = quorumCount(ledger.bftValidatorCount);
  const weightedS = shares.reduce(
    (sum, share) =>
      sum + share.validatorCount * quorumDelayFromS(share.region, shares, quorum, network.rttMs),
    0,
  );
  return weightedS / ledger.bftValidatorCount;
}
