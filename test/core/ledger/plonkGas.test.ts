// PLONK verification gas from snarkjs's verifier: 18 ecMul and ecAdd, a 2-pair pairing, calldata.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groth16VerificationGas } from '../../../src/core/ledger/groth16Gas';
import { plonkVerificationGas } from '../../../src/core/ledger/plonkGas';
import { operationGas } from '../../../src/core/ledger/settlement';
import { defaultParams, setParams } from '../../../src/core/params/table';

describe('plonkVerificationGas', () => {
  it('prices the folding, the pairing and the calldata at the EIP-1108 and EIP-2028 schedule', () => {
    // 45,000 + 2 x 34,000 + 18 x 6,000 + 18 x 150 + (768 + 32) x 16
    expect(plonkVerificationGas(1)).toBe(113_000 + 108_000 + 2_700 + 12_800);
  });

  it('grows with public inputs only through calldata, so many inputs favour PLONK over Groth16', () => {
    expect(plonkVerificationGas(11) - plonkVerificationGas(10)).toBe(512);
    expect(plonkVerificationGas(2)).toBeGreaterThan(groth16VerificationGas(2));
    expect(plonkVerificationGas(20)).toBeLessThan(groth16VerificationGas(20));
  });

  it('never falls when the proof has more public inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (inputs) => {
        expect(plonkVerificationGas(inputs + 1)).toBeGreaterThan(plonkVerificationGas(inputs));
      }),
    );
  });

  it('is the ledger operation of plonk-verification, with the contract around it added', () => {
    const ledger = setParams(defaultParams(), {
      'ledger.operationKind': 'plonk-verification',
      'ledger.groth16PublicInputCount': 3,
      'ledger.verifierIsOwnTransaction': true,
    }).ledger;
    expect(operationGas(ledger)).toBe(plonkVerificationGas(3) + 21_000);
  });
});
