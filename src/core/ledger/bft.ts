// A BFT committee of v validators running over the configured network: finality in a few one-way delays plus
// the time the busiest validator needs to push its votes through its link and to check their signatures, and
// the time to get each block's body to the committee. Messages grow as n^2 (PBFT, Tendermint), n (HotStuff)
// or n^2 small certificates beside a dissemination layer whose load does not grow with n (DAG-based).
import type { Params } from '../params/table';
import { BITS_PER_BYTE, BITS_PER_S_PER_MBPS } from '../units';
import type { LedgerChain } from './chain';
import {
  dagCommitDelayCount,
  dagMessagesPerPeerCount,
  dagRoundDelayCount,
  isDagProtocol,
} from './dagProtocols';
import { ETHEREUM_BLOCK_GAS_LIMIT } from './ethereumL1';
import { faultTolerance, quorumOneWayDelayS } from './quorumDelay';

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
 * Quorum delays between a HotStuff decision and the next proposal: every replica sends NEW-VIEW to the next
 * leader, which proposes once it holds n - f of them. Source: Yin et al., HotStuff (PODC 2019), Algorithm 2.
 */
export const HOTSTUFF_NEW_VIEW_ONE_WAY_DELAY_COUNT = 1;
/**
 * Execution limit per block, gas. Source: assumption: the same limit as Ethereum L1, so that comparing the
 * two isolates consensus.
 */
export const BFT_BLOCK_GAS_LIMIT = ETHEREUM_BLOCK_GAS_LIMIT;
/** All-to-all phases in PBFT's normal case (prepare and commit); each replica sends n - 1 messages in each. */
export const PBFT_ALL_TO_ALL_PHASE_COUNT = 2;
/**
 * One-way delays to commit in Tendermint's normal case: proposal, prevote, precommit (all-to-all votes).
 * Source: Buchman, Kwon and Milosevic, "The latest gossip on BFT consensus" (arXiv 1807.04938), 2018.
 */
export const TENDERMINT_ONE_WAY_DELAY_COUNT = 3;
/**
 * Seconds to verify one Ed25519 signature on one core: 273,364 cycles on a 2.4 GHz Westmere core.
 * Source: Bernstein, Duif, Lange, Schwabe and Yang, "High-speed high-security signatures" (J. Crypt. Eng.
 * 2012), table of verification cycles; 273,364 / 2.4e9 = 1.14e-4 s.
 */
export const SIGNATURE_VERIFY_S = 273_364 / 2.4e9;
/**
 * Bytes of one simple transfer in a block: a signed legacy Ethereum transaction is about 110 bytes of RLP
 * (nonce, gas price, gas, 20-byte address, value, empty data, 65-byte signature). Source: Ethereum yellow
 * paper transaction fields; arithmetic.
 */
export const TRANSFER_BYTES = 110;
/** Gas of one simple transfer (sets how many transfers fill a block). Source: Ethereum yellow paper, G_transaction. */
export const TRANSFER_GAS = 21_000;

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
  if (isDagProtocol(protocol)) {
    // Every validator broadcasts its own block each round (certified: also a vote on each other block and a
    // certificate) and references the others': n (n - 1) messages per kind.
    const perPeer = dagMessagesPerPeerCount(protocol);
    return {
      oneWayDelayCount: dagCommitDelayCount(protocol, validatorCount),
      messagesPerDecisionCount: perPeer * validatorCount * others,
      busiestSentCount: perPeer * others,
      busiestReceivedCount: perPeer * others,
    };
  }
  if (protocol === 'pbft' || protocol === 'tendermint') {
    const prePrepare = others;
    const prepare = others * others;
    const commit = validatorCount * others;
    return {
      oneWayDelayCount: protocol === 'pbft' ? PBFT_ONE_WAY_DELAY_COUNT : TENDERMINT_ONE_WAY_DELAY_COUNT,
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
 * Seconds to reach one decision over the configured network: one-way delays x the quorum delay (the one-way
 * delay to the quorum-th nearest validator, quorumDelay.ts), plus the busiest validator's message bytes over
 * its upload or download (whichever takes longer).
 */
export function bftDecisionS(params: Params): number {
  const { network, ledger } = params;
  const shape = bftDecisionShape(ledger.bftProtocol, ledger.bftValidatorCount);
  const oneWayS = quorumOneWayDelayS(params);
  const bitsPerMessage = CONSENSUS_MESSAGE_BYTES * BITS_PER_BYTE;
  const uploadBitsPerS = network.uploadMbps * BITS_PER_S_PER_MBPS * network.linkEfficiencyFraction;
  const downloadBitsPerS = network.downloadMbps * BITS_PER_S_PER_MBPS * network.linkEfficiencyFraction;
  const transferS = Math.max(
    (shape.busiestSentCount * bitsPerMessage) / uploadBitsPerS,
    (shape.busiestReceivedCount * bitsPerMessage) / downloadBitsPerS,
  );
  return shape.oneWayDelayCount * oneWayS + transferS;
}

/** Seconds the busiest validator spends checking the signatures of the messages it receives per decision. */
export function bftSignatureCheckS(
  protocol: Params['ledger']['bftProtocol'],
  validatorCount: number,
): number {
  return bftDecisionShape(protocol, validatorCount).busiestReceivedCount * SIGNATURE_VERIFY_S;
}

/**
 * Seconds to get one block's body (a full block of transfers) to the committee. Leader-based protocols: the
 * proposer uploads it to n - 1 validators. DAG-based: each validator sends its 1/n share to n - 1 others and
 * receives the n - 1 other shares, about one block each way whatever n (Narwhal's separation of
 * dissemination from ordering: Danezis et al., EuroSys 2022).
 */
export function bftBlockPropagationS(params: Params): number {
  const { network, ledger } = params;
  const others = ledger.bftValidatorCount - 1;
  const blockBits = Math.floor(BFT_BLOCK_GAS_LIMIT / TRANSFER_GAS) * TRANSFER_BYTES * BITS_PER_BYTE;
  const uploadBitsPerS = network.uploadMbps * BITS_PER_S_PER_MBPS * network.linkEfficiencyFraction;
  const downloadBitsPerS = network.downloadMbps * BITS_PER_S_PER_MBPS * network.linkEfficiencyFraction;
  if (isDagProtocol(ledger.bftProtocol)) {
    const share = (blockBits / ledger.bftValidatorCount) * others;
    return Math.max(share / uploadBitsPerS, share / downloadBitsPerS);
  }
  return Math.max((others * blockBits) / uploadBitsPerS, blockBits / downloadBitsPerS);
}

const PROTOCOL_NAMES: Record<Params['ledger']['bftProtocol'], string> = {
  pbft: 'PBFT',
  tendermint: 'Tendermint',
  hotstuff: 'HotStuff',
  dag: 'DAG-based',
  'certified-dag': 'certified DAG',
};

/**
 * Seconds between blocks. Leader-based protocols: a new height starts after the block body reached the
 * committee, the decision, and the protocol's pause between heights (bftHeightPauseS). DAG: rounds are pipelined, a new round of blocks every
 * quorum delay (plus the round's dissemination and signature checks) while earlier rounds are committed.
 */
export function bftBlockTimeS(params: Params, finalityS: number): number {
  const { bftProtocol, bftValidatorCount } = params.ledger;
  if (isDagProtocol(bftProtocol)) {
    const roundS = dagRoundDelayCount(bftProtocol) * quorumOneWayDelayS(params);
    return bftBlockPropagationS(params) + roundS + bftSignatureCheckS(bftProtocol, bftValidatorCount);
  }
  return bftBlockPropagationS(params) + finalityS + bftHeightPauseS(params);
}

/**
 * Seconds a leader-based protocol waits between a decision and the next height's proposal: Tendermint its
 * commit timeout (ledger.bftCommitTimeoutS), HotStuff the NEW-VIEW messages to the next leader, PBFT nothing (the primary assigns the
 * next sequence number at once: Castro and Liskov 1999).
 */
export function bftHeightPauseS(params: Params): number {
  if (params.ledger.bftProtocol === 'tendermint') return params.ledger.bftCommitTimeoutS;
  if (params.ledger.bftProtocol === 'hotstuff') {
    return HOTSTUFF_NEW_VIEW_ONE_WAY_DELAY_COUNT * quorumOneWayDelayS(params);
  }
  return 0;
}

/**
 * A BFT committee's figures: a block is final once decided and its votes checked. Every term grows with the
 * committee on one link, so there a larger committee never raises throughput.
 */
export function bftChain(params: Params): LedgerChain {
  const { bftProtocol, bftValidatorCount } = params.ledger;
  const decisionS = bftDecisionS(params);
  const shape = bftDecisionShape(bftProtocol, bftValidatorCount);
  const finalityS = decisionS + bftSignatureCheckS(bftProtocol, bftValidatorCount);
  return {
    label: `BFT committee (${PROTOCOL_NAMES[bftProtocol]}, ${bftValidatorCount} validators)`,
    blockTimeS: bftBlockTimeS(params, finalityS),
    blockGasLimit: BFT_BLOCK_GAS_LIMIT,
    finalityS,
    trustAssumption: `fewer than a third of the ${bftValidatorCount} validators are faulty (permissioned committee)`,
    metrics: {
      ledgerMessagesPerDecisionCount: shape.messagesPerDecisionCount,
      ledgerConsensusBytesPerDecision: shape.messagesPerDecisionCount * CONSENSUS_MESSAGE_BYTES,
      ledgerFaultTolerantValidatorCount: faultTolerance(bftValidatorCount),
    },
  };
}
