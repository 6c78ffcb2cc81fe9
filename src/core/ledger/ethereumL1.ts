// Ethereum L1 after the merge: 12-second slots, finality by Casper FFG after two epochs, a block gas limit.
import type { LedgerChain } from './chain';

/** Seconds per slot (one block per slot). Source: ethereum.org, "Proof-of-stake" documentation. */
export const ETHEREUM_SLOT_S = 12;
/** Slots per epoch. Source: ethereum.org, "Proof-of-stake" documentation. */
export const ETHEREUM_SLOTS_PER_EPOCH_COUNT = 32;
/**
 * Epochs until a block is finalised by Casper FFG (justified, then finalised). Source: ethereum.org,
 * "Proof-of-stake": finality after two epochs, 12.8 minutes.
 */
export const ETHEREUM_FINALITY_EPOCH_COUNT = 2;
/**
 * Block gas limit, gas. Source: ethereum-l1 calibration case (36M, voted in by validators in early 2025).
 * Validators raised it again later in 2025; 36M is kept so the published 143 transfers/s reproduce.
 */
export const ETHEREUM_BLOCK_GAS_LIMIT = 36_000_000;
/** Gas of a plain ETH transfer, the unit of the "transfers per second" capacity figure. Source: Yellow Paper G_transaction. */
export const ETHEREUM_TRANSFER_GAS = 21_000;

/** Seconds from inclusion to finality: 2 epochs x 32 slots x 12 s = 768 s = 12.8 min. */
export const ETHEREUM_FINALITY_S =
  ETHEREUM_FINALITY_EPOCH_COUNT * ETHEREUM_SLOTS_PER_EPOCH_COUNT * ETHEREUM_SLOT_S;

/** Ethereum L1's figures (they do not depend on the job's parameters). */
export function ethereumL1Chain(): LedgerChain {
  return {
    label: 'Ethereum L1 (proof of stake)',
    blockTimeS: ETHEREUM_SLOT_S,
    blockGasLimit: ETHEREUM_BLOCK_GAS_LIMIT,
    finalityS: ETHEREUM_FINALITY_S,
    trustAssumption: 'two thirds of staked ETH follow the protocol (finality); open validator set',
    metrics: {},
  };
}
