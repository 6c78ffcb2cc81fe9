// An optimistic rollup settling on Ethereum (OP Stack-like): fast L2 blocks, batches posted to L1, finality
// when the batch is final on L1, and a fraud-proof window before withdrawals and disputes are settled.
import { SECONDS_PER_DAY } from '../units';
import type { LedgerChain } from './chain';
import { ETHEREUM_FINALITY_S, ETHEREUM_SLOT_S } from './ethereumL1';

/** L2 block time, seconds. Source: OP Stack documentation (2-second L2 blocks). */
export const ROLLUP_BLOCK_S = 2;
/**
 * L2 block gas limit, gas. Source: OP Stack default configuration (30M); production chains have raised it,
 * so treat this as a conservative assumption.
 */
export const ROLLUP_BLOCK_GAS_LIMIT = 30_000_000;
/**
 * Time between batch submissions to L1, seconds. Source: assumption (batchers post every one to a few
 * minutes depending on traffic); a settlement waits on average half of it before its batch is posted.
 */
export const ROLLUP_BATCH_INTERVAL_S = 120;
/** Fraud-proof challenge window, seconds (7 days). Source: OP Stack fault proofs documentation. */
export const ROLLUP_CHALLENGE_WINDOW_S = 7 * SECONDS_PER_DAY;

/**
 * An optimistic rollup's figures. Finality here is L1 finality of the batch holding the settlement (mean wait
 * for the next batch, one L1 slot to include it, then Ethereum's finality); the challenge window is reported
 * separately because only disputes and withdrawals wait for it.
 */
export function rollupChain(): LedgerChain {
  return {
    label: 'Optimistic rollup on Ethereum',
    blockTimeS: ROLLUP_BLOCK_S,
    blockGasLimit: ROLLUP_BLOCK_GAS_LIMIT,
    finalityS: ROLLUP_BATCH_INTERVAL_S / 2 + ETHEREUM_SLOT_S + ETHEREUM_FINALITY_S,
    trustAssumption:
      'one honest watcher within the 7-day challenge window (correctness); the sequencer (ordering, liveness); Ethereum (data, finality)',
    metrics: { ledgerChallengeWindowS: ROLLUP_CHALLENGE_WINDOW_S },
  };
}
