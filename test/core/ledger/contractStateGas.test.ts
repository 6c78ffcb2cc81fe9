// Gas of a verifier contract's transaction, calls and storage around the Groth16 check (EIP-2929, EIP-2200).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractStateGas } from '../../../src/core/ledger/contractStateGas';
import { groth16VerificationGas } from '../../../src/core/ledger/groth16Gas';
import { operationGas } from '../../../src/core/ledger/settlement';
import { defaultParams, setParams } from '../../../src/core/params/table';

const ledgerWith = (values: Record<string, number | string | boolean>) =>
  setParams(defaultParams(), { 'ledger.kind': 'ethereum-l1', ...values }).ledger;

describe('contractStateGas', () => {
  it('is nothing when no count is set, so the bare check is priced as before', () => {
    const ledger = ledgerWith({ 'ledger.operationKind': 'groth16-verification' });
    expect(contractStateGas(ledger).totalGas).toBe(0);
    expect(operationGas(ledger)).toBe(groth16VerificationGas(ledger.groth16PublicInputCount));
  });

  it('prices a transaction, a first call, a first read and a new slot at the EVM schedule', () => {
    const ledger = ledgerWith({
      'ledger.verifierIsOwnTransaction': true,
      'ledger.verifierColdAccountCount': 1,
      'ledger.verifierColdSlotReadCount': 1,
      'ledger.verifierNewSlotWriteCount': 1,
    });
    expect(contractStateGas(ledger)).toEqual({
      transactionGas: 21_000,
      callGas: 2_600,
      storageReadGas: 2_100,
      storageWriteGas: 22_100,
      totalGas: 47_800,
    });
  });

  it('applies to Groth16 verifications only: a custom operation already states its whole gas', () => {
    const custom = ledgerWith({ 'ledger.gasPerOperation': 50_000, 'ledger.verifierColdSlotReadCount': 10 });
    expect(operationGas(custom)).toBe(50_000);
  });

  it('never falls when the contract reads, writes or calls more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('verifierColdAccountCount', 'verifierColdSlotReadCount', 'verifierNewSlotWriteCount'),
        fc.integer({ min: 1, max: 100 }),
        (calls, reads, writes, grown, extra) => {
          const base = {
            'ledger.operationKind': 'groth16-verification',
            'ledger.verifierColdAccountCount': calls,
            'ledger.verifierColdSlotReadCount': reads,
            'ledger.verifierNewSlotWriteCount': writes,
          };
          const before = operationGas(ledgerWith(base));
          const key = `ledger.${grown}` as const;
          const after = operationGas(ledgerWith({ ...base, [key]: (base[key] as number) + extra }));
          expect(after).toBeGreaterThan(before);
        },
      ),
    );
  });
});
