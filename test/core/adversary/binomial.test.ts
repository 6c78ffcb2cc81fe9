// The binomial tail against direct summation, known values, and its monotone behaviour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyAdversarialProbability,
  binomialTailProbability,
  logGamma,
} from '../../../src/core/adversary/binomial';
import { coalitionBreachProbability } from '../../../src/core/adversary/coalition';

/** P(X >= k) by summing exact masses with binomial coefficients built by multiplication (small n only). */
function directTail(n: number, k: number, p: number): number {
  let sum = 0;
  for (let j = Math.max(0, k); j <= n; j += 1) {
    let coefficient = 1;
    for (let i = 1; i <= j; i += 1) coefficient = (coefficient * (n - j + i)) / i;
    sum += coefficient * p ** j * (1 - p) ** (n - j);
  }
  return sum;
}

describe('logGamma', () => {
  it('gives log factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(6)).toBeCloseTo(Math.log(120), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
});

describe('binomialTailProbability', () => {
  it('matches direct summation for small n', () => {
    const setting = fc.record({
      n: fc.integer({ min: 0, max: 60 }),
      k: fc.integer({ min: -2, max: 62 }),
      p: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(setting, ({ n, k, p }) => {
        expect(binomialTailProbability(n, k, p)).toBeCloseTo(directTail(n, k, p), 10);
      }),
      { numRuns: 500 },
    );
  });

  it('knows simple cases', () => {
    expect(binomialTailProbability(3, 2, 0.1)).toBeCloseTo(3 * 0.01 * 0.9 + 0.001, 14);
    expect(binomialTailProbability(10, 0, 0.3)).toBe(1);
    expect(binomialTailProbability(10, 11, 0.3)).toBe(0);
    expect(binomialTailProbability(1e6, 500_001, 0.5)).toBeCloseTo(0.5, 2);
  });

  it('does not fall as the adversary share grows', () => {
    const setting = fc.record({
      n: fc.integer({ min: 1, max: 500 }),
      kShare: fc.double({ min: 0, max: 1, noNaN: true }),
      p: fc.double({ min: 0, max: 1, noNaN: true }),
      q: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(setting, ({ n, kShare, p, q }) => {
        const k = Math.round(kShare * n);
        const [low, high] = p < q ? [p, q] : [q, p];
        expect(binomialTailProbability(n, k, high)).toBeGreaterThanOrEqual(
          binomialTailProbability(n, k, low) - 1e-12,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('anyAdversarialProbability and coalitions', () => {
  it('is 1 - (1 - f)^n', () => {
    expect(anyAdversarialProbability(14, 0.1)).toBeCloseTo(1 - 0.9 ** 14, 14);
    expect(anyAdversarialProbability(0, 0.5)).toBe(0);
    expect(anyAdversarialProbability(3, 1)).toBe(1);
  });

  it('breaks a threshold scheme only by collusion when one member is not enough', () => {
    const setting = { memberCount: 3, thresholdCount: 2, maliciousFraction: 0.2 };
    expect(coalitionBreachProbability({ ...setting, colluding: false })).toBe(0);
    expect(coalitionBreachProbability({ ...setting, colluding: true })).toBeCloseTo(
      3 * 0.04 * 0.8 + 0.008,
      14,
    );
    expect(coalitionBreachProbability({ ...setting, thresholdCount: 1, colluding: false })).toBeCloseTo(
      1 - 0.8 ** 3,
      14,
    );
  });
});
