// A BFT committee of v validators running over the configured network: finality in a few one-way delays plus
// the time the busiest validator needs to push its votes through its link; messages grow as n^2 (PBFT) or n
// (HotStuff).
import type { Params } from '../params/table';
import type { LedgerChain } from './chain';
import { ETHEREUM_BLOCK_GAS_LIMIT } from './ethereumL1';

/**
 * One-way message delays from proposal to commit in PBFT's normal case: pre-prepare, prepare, commit.
 * Source: Castro and Liskov, "Practical Byzantine Fault Tolerance", OSDI 1999.
 */
export const PBFT_ONE_WAY_DELAY_COUNT = 3;
/**
 * One-way delays to a decision in basic HotStuff: four leader broadcasts (prepare, pre-commit, commit, decide)
 * and three rounds of votes to the leader. Source: Yin et al., "HotStuff", PODC 2019.
 */
export const HOTSTUFF_LEADER_BROADCAST_COUNT = 4;
/** Vote rounds collected by the HotStuff leader per decision. Source: Yin et al. 2019. */
export const HOTSTUFF_VOTE_ROUND_COUNT = 3;
/**
 * Bytes of one consensus message (block hash, view and height, one signature, framing).
 * Source: assumption; 32-byte hash plus a 64-96-byte signature plus headers is a few hundred bytes.
 */
export const CONSENSUS_MESSAGE_BYTES = 256;
/**
 * Pause after a commit before the next height starts, seconds: CometBFT's default timeout_commit.
 * Source: CometBFT v0.38 configuration reference (timeout_commit = "1s").
 */
export const BFT_COMMIT_TIMEOUT_S = 1;
/**
 * Execution limit per block, gas. Source: assumption: the same limit as Ethereum L1, so that comparing the
 * two isolates consensus.
 */
export const BFT_BLOCK_GAS_LIMIT = ETHEREUM_BLOCK_GAS_LIMIT;
/** All-to-all phases in PBFT's normal case (prepare and commit); each replica sends n - 1 messages in each. */
export const PBFT_ALL_TO_ALL_PHASE_COUNT = 2;
/**
 * Replicas needed per tolerated Byzantine fault beyond the first: n >= 3f + 1.
 * Source: Lamport, Shostak and Pease 1982; Castro and Liskov 1999.
 */
export const BFT_REPLICAS_PER_FAULT_COUNT = 3;
/** Bits per byte. */
const BITS_PER_BYTE = 8;
/** Bits per second in one Mbit/s. */
const BITS_PER_S_PER_MBPS = 1e6;
/** Milliseconds per second. */
const MS_PER_S = 1000;

/** Message pattern of one decision among n validators. */
export interface BftDecisionShape {
  /** One-way network delays on the critical path. */
  oneWayDelayCount: number;
  /** Messages sent in the whole committee. */
  messagesPerDecisionCount: number;
  /** Messages the busiest validator sends. */
  busiestSentCount: number;
  /** Messages the busiest validator receives. */
  busiestReceivedCount: number;
}

/**
 * PBFT's normal case: the primary's pre-prepare to n - 1 backups, then prepare ((n - 1) backups to n - 1
 * others) and commit (n to n - 1) all-to-all: 2 n (n - 1) messages; every replica sends and receives about
 * 2 (n - 1). HotStuff: every phase goes through the leader, 7 (n - 1) messages, the leader sends 4 (n - 1)
 * and receives 3 (n - 1).
 */
export function bftDecisionShape(
  protocol: Params['ledger']['bftProtocol'],
  validatorCount: number,
): BftDecisionShape {
  const others = validatorCount - 1;
  if (protocol === 'pbft') {
    const prePrepare = others;
    const prepare = others * others;
    const commit = validatorCount * others;
    return {
      oneWayDelayCount: PBFT_ONE_WAY_DELAY_COUNT,
      messagesPerDecisionCount: prePrepare + prepare + commit,
      busiestSentCount: PBFT_ALL_TO_ALL_PHASE_COUNT * others,
      busiestReceivedCount: PBFT_ALL_TO_ALL_PHASE_COUNT * others,
    };
  }
  return {
    oneWayDelayCount: HOTSTUFF_LEADER_BROADCAST_COUNT + HOTSTUFF_VOTE_ROUND_COUNT,
    messagesPerDecisionCount: (HOTSTUFF_LEADER_BROADCAST_COUNT + HOTSTUFF_VOTE_ROUND_COUNT) * others,
    busiestSentCount: HOTSTUFF_LEADER_BROADCAST_COUNT * others,
    busiestReceivedCount: HOTSTUFF_VOTE_ROUND_COUNT * others,
  };
}

/**
 * Seconds to reach one decision over the configured network: one-way delays x half the round trip, plus the
 * busiest validator's message bytes over its upload or download (whichever takes longer).
 */
export function bftDecisionS(params: Params): number {
  const { network, ledger } = params;
  const shape = bftDecisionShape(ledger.bftProtocol, ledger.bftValidatorCount);
  const oneWayS = network.rttMs / 2 / MS_PER_S;
  const bitsPerMessage = CONSENSUS_MESSAGE_BYTES * BITS_PER_BYTE;
  const uploadBitsPerS = network.uploadMbps * BITS_PER_S_PER_MBPS * network.linkEfficiencyFraction;
  const downloadBitsPerS = network.downloadMbps * BITS_PER_S_PER_MBPS * network.linkEfficiencyFraction;
  const transferS = Math.max(
    (shape.busiestSentCount * bitsPerMessage) / uploadBitsPerS,
    (shape.busiestReceivedCount * bitsPerMessage) / downloadBitsPerS,
  );
  return shape.oneWayDelayCount * oneWayS + transferS;
}

/**
 * A BFT committee's figures: a block is final once decided; a new height starts after the decision plus
 * the commit timeout (no pipelining of decisions, no cost of gossiping block bodies).
 */
export function bftChain(params: Params): LedgerChain {
  const { bftProtocol, bftValidatorCount } = params.ledger;
  const decisionS = bftDecisionS(params);
  const shape = bftDecisionShape(bftProtocol, bftValidatorCount);
  return {
    label: `BFT committee (${bftProtocol === 'pbft' ? 'PBFT' : 'HotStuff'}, ${bftValidatorCount} validators)`,
    blockTimeS: decisionS + BFT_COMMIT_TIMEOUT_S,
    blockGasLimit: BFT_BLOCK_GAS_LIMIT,
    finalityS: decisionS,
    trustAssumption: `fewer than a third of the ${bftValidatorCount} validators are faulty (permissioned committee)`,
    metrics: {
      ledgerMessagesPerDecisionCount: shape.messagesPerDecisionCount,
      ledgerConsensusBytesPerDecision: shape.messagesPerDecisionCount * CONSENSUS_MESSAGE_BYTES,
      ledgerFaultTolerantValidatorCount: Math.floor((bftValidatorCount - 1) / BFT_REPLICAS_PER_FAULT_COUNT),
    },
  };
}
