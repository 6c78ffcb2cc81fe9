// A fast, EVM-compatible L1 with 400 ms blocks and BFT finality after two blocks (Monad-like figures).
import type { LedgerChain } from './chain';

/** Block time, seconds. Source: Monad documentation ("400ms block frequency"). */
export const FAST_L1_BLOCK_S = 0.4;
/** Block gas limit, gas. Source: Monad developer documentation (150M gas per block, 2025). */
export const FAST_L1_BLOCK_GAS_LIMIT = 150_000_000;
/** Blocks until finality. Source: Monad documentation (MonadBFT, "800ms finality" = 2 blocks). */
export const FAST_L1_FINALITY_BLOCK_COUNT = 2;

/** The fast L1's figures (they do not depend on the job's parameters). */
export function fastL1Chain(): LedgerChain {
  return {
    label: 'Fast L1 (400 ms blocks, BFT finality)',
    blockTimeS: FAST_L1_BLOCK_S,
    blockGasLimit: FAST_L1_BLOCK_GAS_LIMIT,
    finalityS: FAST_L1_FINALITY_BLOCK_COUNT * FAST_L1_BLOCK_S,
    trustAssumption: 'two thirds of the (smaller, higher-spec) validator set by stake are honest',
    metrics: {},
  };
}
