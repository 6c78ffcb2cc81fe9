// The KS-PBS layers of TFHE radix integer operations: depth and bootstrap counts of the algorithms.
import { describe, expect, it } from 'vitest';
import {
  carryPropagationLayers,
  radixBlockCount,
  radixOperationLayers,
} from '../../../../src/core/privacy/fhe/radixOps';

const total = (layers: number[]): number => layers.reduce((sum, count) => sum + count, 0);

describe('radix integer operations', () => {
  it('cuts an integer into blocks of 2 message bits', () => {
    expect(radixBlockCount(8)).toBe(4);
    expect(radixBlockCount(64)).toBe(32);
    expect(radixBlockCount(3)).toBe(2);
  });

  it('propagates carries in 2 + ceil(log2 n) layers (Hillis-Steele prefix)', () => {
    expect(carryPropagationLayers(4)).toEqual([4, 3, 2, 4]);
    expect(carryPropagationLayers(32)).toEqual([32, 31, 30, 28, 24, 16, 32]);
    expect(carryPropagationLayers(1)).toEqual([1, 1]);
  });

  it('does a bitwise operation in one layer over all blocks', () => {
    expect(radixOperationLayers('bitwise', 64)).toEqual([32]);
  });

  it('checks equality with one layer per block and a reduction of 15-flag sums', () => {
    expect(radixOperationLayers('eq', 64)).toEqual([32, 3, 1]);
  });

  it('compares packed pairs of blocks and reduces the signs in a tree', () => {
    expect(radixOperationLayers('compare', 64)).toEqual([16, 16, 16, 8, 4, 2, 1]);
  });

  it('multiplies with n^2 block products first, then sums them carry-save', () => {
    const layers = radixOperationLayers('mul', 64);
    expect(layers[0]).toBe(32 * 32);
    expect(layers.slice(-7)).toEqual(carryPropagationLayers(32));
    expect(total(layers)).toBeGreaterThan(32 * 32);
  });

  it('divides one quotient bit per iteration, so depth grows with the bit count', () => {
    expect(radixOperationLayers('div', 64).length).toBeGreaterThan(64 * 4);
    expect(radixOperationLayers('div', 64).length).toBeGreaterThan(radixOperationLayers('div', 8).length);
  });
});
