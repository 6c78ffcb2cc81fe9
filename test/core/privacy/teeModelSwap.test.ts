import { describe, expect, it } from 'vitest';
import { modelSwapThroughputRatio } from '../../../src/core/privacy/teeOverhead';

describe('modelSwapThroughputRatio', () => {
  it('is 1 when no time goes to loading, whatever the load slowdown', () => {
    expect(modelSwapThroughputRatio(0, 4.9)).toBe(1);
  });

  it('is the load slowdown when all time goes to loading', () => {
    expect(modelSwapThroughputRatio(1, 4.9)).toBeCloseTo(4.9, 12);
  });

  it('stretches only the loading share: half the time loading at 3x slower gives 2x', () => {
    expect(modelSwapThroughputRatio(0.5, 3)).toBeCloseTo(2, 12);
  });

  it('never falls as the loading share grows when loads are slower', () => {
    const shares = [0, 0.1, 0.3, 0.54, 0.8, 0.99];
    const ratios = shares.map((share) => modelSwapThroughputRatio(share, 4.9));
    for (let index = 1; index < ratios.length; index += 1) {
      expect(ratios[index]).toBeGreaterThan(ratios[index - 1] ?? Infinity);
    }
  });
});
