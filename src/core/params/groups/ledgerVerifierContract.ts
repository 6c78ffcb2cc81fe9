// What the contract around an on-chain Groth16 check does besides the pairing check: the transaction that
// carries it, the contracts it calls and the storage it reads and writes. Counts read from a verifier's source
// (each priced in src/core/ledger/contractStateGas.ts); all 0 prices the bare check, as before.
import { flagParam, numberParam } from '../spec';

const EIP_2929 = 'EIP-2929 (cold account access 2,600 gas, cold storage read 2,100 gas)';

/** A count of contract operations of one kind (0 to 100,000). */
function operationCount(label: string, description: string, source: string) {
  return numberParam({
    label,
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e5,
    integer: true,
    description,
    source,
    advanced: true,
  });
}

/** The verifier contract's transaction, calls and storage, for proof-verification operations. */
export const LEDGER_VERIFIER_CONTRACT_PARAMS = {
  verifierIsOwnTransaction: flagParam({
    label: 'Each verification is its own transaction',
    default: false,
    description:
      'Proof verifications only: add the 21,000 gas every transaction pays before it runs (off: the check runs inside a transaction counted elsewhere).',
    source: 'Ethereum yellow paper, G_transaction = 21,000',
    advanced: true,
  }),
  verifierColdAccountCount: operationCount(
    'Contracts the verification calls',
    'Proof verifications only: distinct contract accounts the verification touches for the first time in its transaction (the Groth16 verifier, a validator, a state contract, each proxy and its implementation, an external library); 2,600 gas each.',
    EIP_2929,
  ),
  verifierColdSlotReadCount: operationCount(
    'Storage slots the verification reads',
    'Proof verifications only: distinct 32-byte storage slots read for the first time in the transaction (a stored request of b bytes is 1 + ceil(b / 32) slots; each proxy reads its implementation slot); 2,100 gas each.',
    EIP_2929,
  ),
  verifierNewSlotWriteCount: operationCount(
    'Storage slots the verification writes',
    'Proof verifications only: storage slots set from zero to a value (the recorded result, one per stored field); 22,100 gas each (20,000 to set plus the 2,100 cold surcharge).',
    'EIP-2200 (SSTORE_SET_GAS 20,000); EIP-2929 (cold surcharge 2,100)',
  ),
} as const;
