// Statistical checks of the Gamma and normal samplers (fixed seeds, so the checks are deterministic).
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/random/rng';
import { sampleGamma, sampleStandardNormal } from '../../../src/core/stochastic/gamma';

/** Sample mean and variance of `count` draws. */
function moments(draw: () => number, count: number): { mean: number; variance: number } {
  let sum = 0;
  let sumOfSquares = 0;
  for (let index = 0; index < count; index += 1) {
    const value = draw();
    sum += value;
    sumOfSquares += value * value;
  }
  const mean = sum / count;
  return { mean, variance: sumOfSquares / count - mean * mean };
}

describe('sampleGamma (Marsaglia and Tsang)', () => {
  it.each([1, 2.5, 9, 1000, 1e6])('has mean and variance equal to the shape %s', (shape) => {
    const rng = createRng(`gamma-${shape}`);
    const count = 40_000;
    const { mean, variance } = moments(() => sampleGamma(rng, shape), count);
    // Standard error of the mean is sqrt(shape / count); allow 4 standard errors.
    expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / count));
    // The variance of the sample variance of a Gamma is about (2 + 6 / shape) shape^2 / count.
    expect(Math.abs(variance - shape)).toBeLessThan(4 * shape * Math.sqrt((2 + 6 / shape) / count));
  });

  it('rejects shapes below 1 instead of returning a biased draw', () => {
    expect(() => sampleGamma(createRng('s'), 0.5)).toThrow(RangeError);
  });

  it('is reproducible from its seed', () => {
    const first = createRng('same');
    const second = createRng('same');
    const a = Array.from({ length: 5 }, () => sampleGamma(first, 3));
    const b = Array.from({ length: 5 }, () => sampleGamma(second, 3));
    expect(a).toEqual(b);
  });
});

describe('sampleStandardNormal', () => {
  it('has mean 0 and variance 1', () => {
    const rng = createRng('normal');
    const count = 100_000;
    const { mean, variance } = moments(() => sampleStandardNormal(rng), count);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(count));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / count));
  });
});
