// Catalog entries of the metrics the ledger reports (spread into the metric catalog for labels and units).
import type { MetricDefinition } from '../metrics/types';

const ledger = (
  label: string,
  unit: string,
  description: string,
  better: MetricDefinition['better'],
): MetricDefinition => ({ label, unit, description, better, corner: 'ledger' });

/** Ledger metrics, by name (docs/model/ledger-and-limits.md gives the equations). */
export const LEDGER_METRICS: Readonly<Record<string, MetricDefinition>> = {
  ledgerGasPerOperation: ledger(
    'Gas per operation',
    'gas',
    'Gas of one on-chain operation (the configured gas, or a Groth16 verification computed from EIP-1108 prices).',
    'lower',
  ),
  ledgerBlockTimeS: ledger('Block time', 's', 'Time between blocks (slots) of the chain.', 'lower'),
  ledgerFinalityS: ledger('Finality', 's', 'Time from a block’s inclusion until it is final.', 'lower'),
  ledgerSettlementWaitS: ledger(
    'Wait per settlement',
    's',
    'Mean time one settlement waits until final: half a block to be included, then finality.',
    'lower',
  ),
  ledgerCapacityOpsPerS: ledger(
    'Chain capacity',
    'operations/s',
    'Operations of the configured gas the chain can include per second: whole operations per block / block time.',
    'higher',
  ),
  ledgerAvailableOpsPerS: ledger(
    'Capacity available to the job',
    'operations/s',
    'Chain capacity times the share of block space the job may use.',
    'higher',
  ),
  ledgerRequiredOpsPerS: ledger(
    'Operations the job needs',
    'operations/s',
    'On-chain operations per second the job would submit if the ledger did not slow it down.',
    'neither',
  ),
  ledgerAchievedOpsPerS: ledger(
    'Operations submitted',
    'operations/s',
    'On-chain operations per second the job submits once the ledger has capped it.',
    'neither',
  ),
  ledgerBlockSpaceUsedFraction: ledger(
    'Block space used',
    'fraction',
    'Share of the chain’s capacity the job fills.',
    'neither',
  ),
  ledgerCostPerOperationUsd: ledger(
    'Fee per operation',
    'USD',
    'Gas per operation x gas price x native token price.',
    'lower',
  ),
  ledgerCostPerStepUsd: ledger(
    'Ledger fees per step',
    'USD',
    'On-chain fees the job pays per step.',
    'lower',
  ),
  ledgerChallengeWindowS: ledger(
    'Challenge window',
    's',
    'Time before a rollup result can no longer be disputed (withdrawals and disputes wait for it).',
    'lower',
  ),
  ledgerMessagesPerDecisionCount: ledger(
    'Consensus messages per decision',
    'messages',
    'Messages the whole BFT committee exchanges to decide one block (n^2 growth for PBFT, n for HotStuff).',
    'lower',
  ),
  ledgerConsensusBytesPerDecision: ledger(
    'Consensus traffic per decision',
    'bytes',
    'Bytes the whole BFT committee sends to decide one block.',
    'lower',
  ),
  ledgerFaultTolerantValidatorCount: ledger(
    'Faulty validators tolerated',
    'validators',
    'Largest number of Byzantine validators the committee tolerates: floor((n - 1) / 3).',
    'higher',
  ),
};
