// Registry of ledgers: each kind maps to a chain model (one file per chain); the shared settlement arithmetic
// turns the chain's figures into what settling on it adds to a step.
import { noEffect } from '../engine/noEffect';
import type { EffectContext, TechniqueEffect } from '../engine/types';
import type { Params } from '../params/table';
import { bftChain } from './bft';
import type { LedgerChainModel } from './chain';
import { ethereumL1Chain } from './ethereumL1';
import { fastL1Chain } from './fastL1';
import { rollupChain } from './rollup';
import { settlementEffect } from './settlement';

/** Every ledger kind that is a chain (all but `none`). */
export type ChainLedgerKind = Exclude<Params['ledger']['kind'], 'none'>;

/** The chain model of each ledger kind. */
export const LEDGER_CHAINS: Readonly<Record<ChainLedgerKind, LedgerChainModel>> = {
  'ethereum-l1': ethereumL1Chain,
  rollup: rollupChain,
  'fast-l1': fastL1Chain,
  bft: bftChain,
};

/**
 * What the configured ledger adds to one step whose time before the ledger is `stepTimeBeforeLedgerS`
 * (the ledger caps throughput when the job needs more operations per second than the chain offers, and
 * blocks on finality when asked to). `none` adds nothing and costs nothing.
 */
export function ledgerEffect(context: EffectContext, stepTimeBeforeLedgerS: number): TechniqueEffect {
  const { ledger } = context.params;
  if (ledger.kind === 'none') {
    const effect = noEffect({
      ledger: 'none (off-chain coordination)',
      ledgerTrustAssumption: 'the coordinator',
    });
    return { ...effect, metrics: { ledgerCostPerStepUsd: 0 } };
  }
  const chain = LEDGER_CHAINS[ledger.kind](context.params);
  return settlementEffect(chain, ledger, stepTimeBeforeLedgerS);
}
