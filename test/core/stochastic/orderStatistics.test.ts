// The slowest kept node: exact expectation (quadrature) against closed forms, independent reference values,
// the O(1) sampler and brute force over n log-normal draws; monotonic trends as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/random/rng';
import { sampleStandardNormal } from '../../../src/core/stochastic/gamma';
import { standardNormalCdf } from '../../../src/core/stochastic/normal';
import {
  expectedSlowestKeptFactor,
  keptNodeCount,
  sampleSlowestKeptFactor,
} from '../../../src/core/stochastic/orderStatistics';
import golden from './orderStatistics.golden.json';

/** Mean and standard error of `count` draws. */
function meanWithError(draw: () => number, count: number): { mean: number; standardError: number } {
  let sum = 0;
  let sumOfSquares = 0;
  for (let index = 0; index < count; index += 1) {
    const value = draw();
    sum += value;
    sumOfSquares += value * value;
  }
  const mean = sum / count;
  return { mean, standardError: Math.sqrt((sumOfSquares / count - mean * mean) / count) };
}

/** Brute force: draw n log-normal multipliers, keep the fastest k, return the slowest kept. */
function bruteForceSlowestKept(seed: string, nodeCount: number, sigma: number, keptFraction: number) {
  const rng = createRng(seed);
  const rank = keptNodeCount(nodeCount, keptFraction);
  return () => {
    const times = Array.from({ length: nodeCount }, () => Math.exp(sigma * sampleStandardNormal(rng)));
    times.sort((a, b) => a - b);
    return times[rank - 1] ?? Number.NaN;
  };
}

describe('keptNodeCount', () => {
  it('rounds keptFraction x n up, without floating-point surprises', () => {
    expect(keptNodeCount(10, 0.7)).toBe(7);
    expect(keptNodeCount(10, 0.71)).toBe(8);
    expect(keptNodeCount(1000, 0.9)).toBe(900);
    expect(keptNodeCount(10, 1)).toBe(10);
    expect(keptNodeCount(10, 0)).toBe(1);
  });
});

describe('expectedSlowestKeptFactor', () => {
  it('is exactly 1 with identical nodes or a single node', () => {
    expect(expectedSlowestKeptFactor(1000, 0, 1)).toBe(1);
    expect(expectedSlowestKeptFactor(1, 0.8, 1)).toBe(1);
  });

  it('matches the closed form for the larger of two: 2 exp(sigma^2 / 2) Phi(sigma / sqrt 2)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 2, noNaN: true }), (sigma) => {
        const exact = 2 * Math.exp((sigma * sigma) / 2) * standardNormalCdf(sigma / Math.SQRT2);
        expect(Math.abs(expectedSlowestKeptFactor(2, sigma, 1) / exact - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it.each(golden.cases)(
    'matches an independent SciPy quadrature for n = $nodeCount, sigma = $sigma, kept = $keptFraction',
    ({ nodeCount, sigma, keptFraction, expectedFactor }) => {
      const model = expectedSlowestKeptFactor(nodeCount, sigma, keptFraction);
      expect(Math.abs(model / expectedFactor - 1)).toBeLessThan(1e-6);
    },
  );

  it('grows with sigma when the slowest kept node is at or above the median rank', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 1_000_000 }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1.9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.1, noNaN: true }),
        (nodeCount, keptFraction, sigma, increase) => {
          // Below the median rank the kept nodes are the fast ones, and a wider spread makes them faster.
          fc.pre(2 * keptNodeCount(nodeCount, keptFraction) >= nodeCount + 1);
          const lower = expectedSlowestKeptFactor(nodeCount, sigma, keptFraction);
          const higher = expectedSlowestKeptFactor(nodeCount, sigma + increase, keptFraction);
          expect(higher).toBeGreaterThan(lower);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('falls with sigma when only the fastest fifth is kept (the kept nodes sit below the median)', () => {
    const narrow = expectedSlowestKeptFactor(100_000, 0.2, 0.2);
    const wide = expectedSlowestKeptFactor(100_000, 0.6, 0.2);
    expect(narrow).toBeLessThan(1);
    expect(wide).toBeLessThan(narrow);
  });

  it('grows with the node count when the step waits for every node', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (nodeCount, extraNodes, sigma) => {
          const fewer = expectedSlowestKeptFactor(nodeCount, sigma, 1);
          const more = expectedSlowestKeptFactor(nodeCount + extraNodes, sigma, 1);
          expect(more).toBeGreaterThan(fewer);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('tends to the kept quantile exp(sigma Phi^-1(kept)) for very many nodes', () => {
    // Keeping 90% of 1e6 nodes: the 900,000th order statistic sits at the 0.9 quantile, z = 1.28155.
    expect(expectedSlowestKeptFactor(1e6, 0.5, 0.9)).toBeCloseTo(Math.exp(0.5 * 1.2815515655446004), 3);
  });
});

describe('sampleSlowestKeptFactor', () => {
  it('is reproducible from its seed', () => {
    const first = createRng('seed');
    const second = createRng('seed');
    const a = Array.from({ length: 20 }, () => sampleSlowestKeptFactor(first, 1000, 0.4, 0.9));
    const b = Array.from({ length: 20 }, () => sampleSlowestKeptFactor(second, 1000, 0.4, 0.9));
    expect(a).toEqual(b);
  });

  it.each([
    [2, 0.5, 1],
    [14, 0.3, 1],
    [1000, 0.5, 1],
    [1_000_000, 0.3, 1],
    [1000, 0.5, 0.9],
    [10, 0.8, 0.7],
    [1_000_000, 1, 0.9],
    [100_000, 0.4, 0.2],
  ])('has the mean the analytic path uses (n = %s, sigma = %s, kept = %s)', (nodeCount, sigma, kept) => {
    const rng = createRng(`sampler-${nodeCount}-${sigma}-${kept}`);
    const { mean, standardError } = meanWithError(
      () => sampleSlowestKeptFactor(rng, nodeCount, sigma, kept),
      40_000,
    );
    const expected = expectedSlowestKeptFactor(nodeCount, sigma, kept);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * standardError);
  });

  it.each([
    [5, 0.5, 1],
    [20, 0.3, 1],
    [20, 0.6, 0.75],
    [50, 1, 0.5],
  ])(
    'agrees with brute force over n log-normal draws (n = %s, sigma = %s, kept = %s)',
    (nodeCount, sigma, kept) => {
      const draws = 20_000;
      const brute = meanWithError(
        bruteForceSlowestKept(`brute-${nodeCount}-${kept}`, nodeCount, sigma, kept),
        draws,
      );
      const rng = createRng(`direct-${nodeCount}-${kept}`);
      const direct = meanWithError(() => sampleSlowestKeptFactor(rng, nodeCount, sigma, kept), draws);
      const expected = expectedSlowestKeptFactor(nodeCount, sigma, kept);
      expect(Math.abs(brute.mean - expected)).toBeLessThan(4 * brute.standardError);
      const combinedError = Math.hypot(brute.standardError, direct.standardError);
      expect(Math.abs(brute.mean - direct.mean)).toBeLessThan(4 * combinedError);
    },
  );
});
