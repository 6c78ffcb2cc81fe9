// On-chain Groth16 verification gas from the EIP-1108 precompile prices (ethereum-l1 calibration case).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groth16VerificationGas, pairingCheckGas } from '../../../src/core/ledger/groth16Gas';

describe('pairingCheckGas', () => {
  it('is 45,000 + 34,000 per pairing (EIP-1108), 181,000 for the four pairings of Groth16', () => {
    expect(pairingCheckGas(4)).toBe(181_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (pairs) => {
        expect(pairingCheckGas(pairs + 1) - pairingCheckGas(pairs)).toBe(34_000);
      }),
    );
  });
});

describe('groth16VerificationGas', () => {
  it('lands in the published 200-210k range within the case tolerance (10%) for 1-4 public inputs', () => {
    for (const publicInputs of [1, 2, 3, 4]) {
      const gas = groth16VerificationGas(publicInputs);
      expect(gas).toBeGreaterThanOrEqual(200_000 * 0.9);
      expect(gas).toBeLessThanOrEqual(210_000 * 1.1);
    }
  });

  it('is inside the published range itself for a verifier with 3 public inputs', () => {
    const gas = groth16VerificationGas(3);
    expect(gas).toBeGreaterThanOrEqual(200_000);
    expect(gas).toBeLessThanOrEqual(210_000);
  });

  it('grows by one ecMul, one ecAdd and 32 calldata bytes per public input', () => {
    expect(groth16VerificationGas(5) - groth16VerificationGas(4)).toBe(6_000 + 150 + 32 * 16);
  });
});
