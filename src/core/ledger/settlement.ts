// What settling on a chain adds to a step: capacity (operations per second the chain allows), the wait
// when the job needs more than that, the wait for finality, and the fees. Shared by every chain.
import type { StepTerm, TechniqueEffect } from '../engine/types';
import type { Params } from '../params/table';
import type { LedgerChain } from './chain';
import { contractStateGas } from './contractStateGas';
import { groth16VerificationGas } from './groth16Gas';
import { plonkVerificationGas } from './plonkGas';

/** Native-token units per gwei (gas prices are quoted in gwei = 1e-9 of the native token). */
const TOKEN_PER_GWEI = 1e-9;

/**
 * Gas of one on-chain operation: the configured gas, or a Groth16 (groth16Gas.ts) or PLONK (plonkGas.ts)
 * verification's gas plus what its contract does around the check (contractStateGas.ts).
 */
export function operationGas(ledger: Params['ledger']): number {
  if (ledger.operationKind === 'custom-gas') return ledger.gasPerOperation;
  const checkGas =
    ledger.operationKind === 'plonk-verification'
      ? plonkVerificationGas(ledger.groth16PublicInputCount)
      : groth16VerificationGas(ledger.groth16PublicInputCount);
  return checkGas + contractStateGas(ledger).totalGas;
}

/** Whole operations of `gasPerOperation` gas that fit in one block (0 when one does not fit). */
export function operationsPerBlockCount(chain: LedgerChain, gasPerOperation: number): number {
  return Math.floor(chain.blockGasLimit / gasPerOperation);
}

/**
 * Operations per second the chain can include: gas limit / (gas per operation x block time), counting whole
 * operations per block (docs/model/ledger-and-limits.md). Ethereum, 21,000-gas transfers: floor(36M / 21,000) / 12 s = 142.8/s.
 */
export function capacityOpsPerS(chain: LedgerChain, gasPerOperation: number): number {
  return operationsPerBlockCount(chain, gasPerOperation) / chain.blockTimeS;
}

/** Mean wait of one settlement until final: half a block to be included, then the chain's finality, seconds. */
export function settlementFinalityWaitS(chain: LedgerChain): number {
  return chain.blockTimeS / 2 + chain.finalityS;
}

/** Fee of one operation in USD: gas x gas price (gwei) x 1e-9 x native token price. */
export function costPerOperationUsd(
  gasPerOperation: number,
  gasPriceGwei: number,
  tokenPriceUsd: number,
): number {
  return gasPerOperation * gasPriceGwei * TOKEN_PER_GWEI * tokenPriceUsd;
}

/**
 * The effect of settling a job on `chain` when one step takes `stepTimeBeforeLedgerS` without the ledger.
 * Every `stepsPerSettlementCount` steps the job submits `operationsPerSettlementCount` operations of
 * operationGas(ledger) gas each. With
 * waitForFinality the job blocks on each settlement (amortised over its steps). If the job then still needs
 * more operations per second than its share of block space allows, it is held back until the chain catches
 * up: the step stretches to operations per step / available operations per second.
 */
export function settlementEffect(
  chain: LedgerChain,
  ledger: Params['ledger'],
  stepTimeBeforeLedgerS: number,
): TechniqueEffect {
  const operationsPerStep = ledger.operationsPerSettlementCount / ledger.stepsPerSettlementCount;
  const gasPerOperation = operationGas(ledger);
  const chainCapacityOpsPerS = capacityOpsPerS(chain, gasPerOperation);
  const availableOpsPerS = chainCapacityOpsPerS * ledger.blockSpaceShareFraction;
  const finalityWaitPerStepS = ledger.waitForFinality
    ? settlementFinalityWaitS(chain) / ledger.stepsPerSettlementCount
    : 0;
  const minimumStepS = availableOpsPerS > 0 ? operationsPerStep / availableOpsPerS : Number.POSITIVE_INFINITY;
  const capacityWaitS = Math.max(0, minimumStepS - (stepTimeBeforeLedgerS + finalityWaitPerStepS));
  const stepTimeS = stepTimeBeforeLedgerS + finalityWaitPerStepS + capacityWaitS;
  const operationCostUsd = costPerOperationUsd(gasPerOperation, ledger.gasPriceGwei, ledger.tokenPriceUsd);
  const terms: StepTerm[] = [
    {
      name: 'waiting for on-chain finality',
      category: 'ledger',
      seconds: finalityWaitPerStepS,
      driver: 'fixed',
    },
    { name: 'waiting for block space', category: 'ledger', seconds: capacityWaitS, driver: 'fixed' },
  ];
  return {
    terms,
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: 0,
    metrics: {
      ledgerGasPerOperation: gasPerOperation,
      ledgerBlockTimeS: chain.blockTimeS,
      ledgerFinalityS: chain.finalityS,
      ledgerSettlementWaitS: settlementFinalityWaitS(chain),
      ledgerCapacityOpsPerS: chainCapacityOpsPerS,
      ledgerAvailableOpsPerS: availableOpsPerS,
      ledgerRequiredOpsPerS: operationsPerStep / stepTimeBeforeLedgerS,
      ledgerAchievedOpsPerS: operationsPerStep / stepTimeS,
      ledgerBlockSpaceUsedFraction:
        chainCapacityOpsPerS > 0 ? operationsPerStep / stepTimeS / chainCapacityOpsPerS : 1,
      ledgerCostPerOperationUsd: operationCostUsd,
      ledgerCostPerStepUsd: operationsPerStep * operationCostUsd,
      ...chain.metrics,
    },
    labels: {
      ledger: chain.label,
      ledgerTrustAssumption: chain.trustAssumption,
      ...(chainCapacityOpsPerS > 0
        ? {}
        : { ledgerWarning: 'one operation needs more gas than a whole block holds' }),
    },
  };
}
