// Ledger presets: the chain plus the fee figures that go with it (gas price and native token price differ
// by orders of magnitude between chains, so picking a chain without them would price it as Ethereum).
import type { LEDGER_PARAMS } from '../params/groups';
import type { GroupValues } from '../params/spec';
import type { Preset } from '../presets/types';

type LedgerValues = Partial<GroupValues<typeof LEDGER_PARAMS>>;

/** The ledger presets of docs/model/ledger-and-limits.md; the rest of the ledger group keeps its current values. */
export const LEDGER_PRESETS = {
  none: {
    id: 'none',
    label: 'No ledger',
    values: { kind: 'none' },
    source: 'docs/model/ledger-and-limits.md',
  },
  'ethereum-l1': {
    id: 'ethereum-l1',
    label: 'Ethereum L1',
    values: { kind: 'ethereum-l1', gasPriceGwei: 10, tokenPriceUsd: 3000 },
    source: 'protocol constants: ethereum.org; fees: assumption (moderate base fee, 2024-2025 ETH price)',
  },
  rollup: {
    id: 'rollup',
    label: 'Optimistic rollup on Ethereum',
    values: { kind: 'rollup', gasPriceGwei: 0.01, tokenPriceUsd: 3000 },
    source:
      'OP Stack documentation; fees: assumption (L2 base fees of 0.001-0.01 gwei; the L1 data fee is not modelled)',
  },
  'fast-l1': {
    id: 'fast-l1',
    label: 'Fast L1 (400 ms blocks)',
    values: { kind: 'fast-l1', gasPriceGwei: 100, tokenPriceUsd: 0.03 },
    source:
      'Monad documentation (minimum base fee 100 gwei of MON); token price: assumption, check the current price',
  },
  bft: {
    id: 'bft',
    label: 'BFT committee',
    values: { kind: 'bft', gasPriceGwei: 0 },
    source:
      'docs/model/ledger-and-limits.md; a permissioned committee charges no fees (running validators is not modelled)',
  },
} as const satisfies Record<string, Preset<LedgerValues>>;
