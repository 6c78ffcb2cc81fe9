// The shape every ledger model fills in: block cadence, execution limit, finality and whom one trusts.
// The settlement arithmetic (settlement.ts) is shared; each chain file only supplies these figures.
import type { Params } from '../params/table';

/** What a chain offers a job that settles on it. */
export interface LedgerChain {
  /** Human-readable name, shown as the `ledger` label. */
  label: string;
  /** Time between blocks (slots), seconds. */
  blockTimeS: number;
  /** Execution limit of one block, in gas. */
  blockGasLimit: number;
  /** Time from a block's inclusion to its finality, seconds. */
  finalityS: number;
  /** Whom one must trust for a settled result to stand. */
  trustAssumption: string;
  /** Chain-specific outputs (messages per decision, challenge window), by metric name. */
  metrics: Record<string, number>;
}

/** Builds a chain's figures from the parameters (most chains ignore them; a BFT committee uses the network). */
export type LedgerChainModel = (params: Params) => LedgerChain;
