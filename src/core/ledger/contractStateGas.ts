// Gas of what a verifier contract does around the Groth16 pairing check: the transaction carrying it, the
// contracts it calls for the first time and the storage it reads and writes. On production verifiers these
// cost as much as the check itself: a stored request is read slot by slot, and the result is written to
// fresh slots. Counts are the application's (ledger.verifier*); prices are the EVM's.
import type { Params } from '../params/table';

/** Gas every transaction pays before execution. Source: Ethereum yellow paper, G_transaction. */
export const TRANSACTION_BASE_GAS = 21_000;
/** Gas of the first access to an account in a transaction (CALL, STATICCALL, DELEGATECALL). Source: EIP-2929. */
export const COLD_ACCOUNT_ACCESS_GAS = 2_600;
/** Gas of the first read of a storage slot in a transaction (SLOAD). Source: EIP-2929. */
export const COLD_SLOAD_GAS = 2_100;
/** Gas to set a storage slot from zero to a value (SSTORE). Source: EIP-2200, SSTORE_SET_GAS. */
export const SSTORE_SET_GAS = 20_000;
/** Surcharge on an SSTORE to a slot not yet touched in the transaction. Source: EIP-2929 (COLD_SLOAD_COST). */
export const SSTORE_COLD_SURCHARGE_GAS = 2_100;

/** The contract's operations around the check, with the gas of each kind. */
export interface ContractStateGas {
  transactionGas: number;
  callGas: number;
  storageReadGas: number;
  storageWriteGas: number;
  totalGas: number;
}

/** Gas of the verifier contract's transaction, first calls, first reads and new slots (0 when all counts are 0). */
export function contractStateGas(ledger: Params['ledger']): ContractStateGas {
  const transactionGas = ledger.verifierIsOwnTransaction ? TRANSACTION_BASE_GAS : 0;
  const callGas = ledger.verifierColdAccountCount * COLD_ACCOUNT_ACCESS_GAS;
  const storageReadGas = ledger.verifierColdSlotReadCount * COLD_SLOAD_GAS;
  const storageWriteGas = ledger.verifierNewSlotWriteCount * (SSTORE_SET_GAS + SSTORE_COLD_SURCHARGE_GAS);
  return {
    transactionGas,
    callGas,
    storageReadGas,
    storageWriteGas,
    totalGas: transactionGas + callGas + storageReadGas + storageWriteGas,
  };
}
