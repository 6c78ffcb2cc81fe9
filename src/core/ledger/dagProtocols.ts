// DAG-based BFT protocols, where every validator proposes a block each round and the DAG of references is
// the vote: how many one-way delays a round takes and how many a block waits from its broadcast to commit.
// Uncertified (Mysticeti-C): blocks are referenced as they arrive. Certified (Narwhal rounds ordered by
// Bullshark): each block is first certified by a consistent broadcast.
import type { Params } from '../params/table';

/** A BFT protocol id. */
type BftProtocol = Params['ledger']['bftProtocol'];

/**
 * One-way delays to commit in an uncertified DAG: Mysticeti-C commits in 3 message delays, the lower bound.
 * Source: Babel et al., "Mysticeti: reaching the limits of latency with uncertified DAGs" (arXiv 2310.14821).
 */
export const DAG_ONE_WAY_DELAY_COUNT = 3;
/**
 * Quorum delays per uncertified DAG round: a validator proposes its round r + 1 block as soon as it holds
 * 2f + 1 blocks of round r (the threshold clock), so every validator adds a block each quorum delay while
 * earlier rounds are still being committed. Source: Babel et al., Mysticeti (arXiv 2310.14821), threshold clock.
 */
export const DAG_ROUND_ONE_WAY_DELAY_COUNT = 1;
/**
 * Leader slots per round of Mysticeti-C as implemented: blocks in a leader slot commit by the direct rule, the
 * others as part of a later leader's causal history. Source: MystenLabs/mysticeti, mysticeti-core/src/config.rs
 * (DEFAULT_NUMBER_OF_LEADERS = 1).
 */
export const DAG_LEADERS_PER_ROUND_COUNT = 1;
/**
 * Rounds a block outside the leader slots waits for the next round's leader, which references it and commits
 * its causal history. Source: Babel et al., Mysticeti (arXiv 2310.14821), commit rule and linearisation.
 */
export const DAG_NON_LEADER_EXTRA_ROUND_COUNT = 1;
/**
 * Quorum delays per certified DAG round: the proposal, 2f + 1 signed votes back, the certificate broadcast (a
 * consistent broadcast). Source: Danezis et al., Narwhal and Tusk (EuroSys 2022); Arun et al., Shoal++
 * (arXiv 2405.20488), DAG construction.
 */
export const CERTIFIED_DAG_ROUND_ONE_WAY_DELAY_COUNT = 3;
/**
 * Mean one-way delays for a transaction to commit on a certified DAG ordered by Bullshark, end to end.
 * Source: Arun et al., Shoal++ (arXiv 2405.20488), abstract: existing DAG-BFT protocols need "on average 10.5
 * message delays to commit transactions". Assumption: the mean includes the half round a transaction waits
 * for its validator's next proposal, which the settlement wait adds separately, so it is taken out below.
 */
export const CERTIFIED_DAG_MEAN_COMMIT_ONE_WAY_DELAY_COUNT = 10.5;

/** Whether every validator proposes each round (a DAG) rather than one leader per height. */
export function isDagProtocol(protocol: BftProtocol): boolean {
  return protocol === 'dag' || protocol === 'certified-dag';
}

/** Quorum delays per round of a DAG protocol (a new block from every validator each round). */
export function dagRoundDelayCount(protocol: BftProtocol): number {
  return protocol === 'certified-dag'
    ? CERTIFIED_DAG_ROUND_ONE_WAY_DELAY_COUNT
    : DAG_ROUND_ONE_WAY_DELAY_COUNT;
}

/**
 * Mean quorum delays from a block's broadcast to its commit (the half-round wait for a proposal excluded).
 * Uncertified: three delays for a leader slot's block, one round more for the other n - L of n blocks.
 */
export function dagCommitDelayCount(protocol: BftProtocol, validatorCount: number): number {
  if (protocol === 'certified-dag') {
    return CERTIFIED_DAG_MEAN_COMMIT_ONE_WAY_DELAY_COUNT - CERTIFIED_DAG_ROUND_ONE_WAY_DELAY_COUNT / 2;
  }
  const nonLeaderFraction = Math.max(0, validatorCount - DAG_LEADERS_PER_ROUND_COUNT) / validatorCount;
  const extraDelays = DAG_NON_LEADER_EXTRA_ROUND_COUNT * DAG_ROUND_ONE_WAY_DELAY_COUNT;
  return DAG_ONE_WAY_DELAY_COUNT + nonLeaderFraction * extraDelays;
}

/** Messages each validator sends (and receives) per round: a block; for a certified DAG also a vote and a certificate. */
export function dagMessagesPerPeerCount(protocol: BftProtocol): number {
  return protocol === 'certified-dag' ? CERTIFIED_DAG_ROUND_ONE_WAY_DELAY_COUNT : 1;
}
