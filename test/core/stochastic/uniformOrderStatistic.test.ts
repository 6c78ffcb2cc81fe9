// The O(1) draw of the k-th of n uniforms against its known Beta(k, n - k + 1) moments and brute force.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/random/rng';
import { sampleUniformOrderStatistic } from '../../../src/core/stochastic/uniformOrderStatistic';

describe('sampleUniformOrderStatistic', () => {
  it.each([
    [1, 1],
    [3, 10],
    [10, 10],
    [900, 1000],
    [999_999, 1_000_000],
    [1_000_000, 1_000_000],
  ])('rank %s of %s has the Beta mean k / (n + 1)', (rank, count) => {
    const rng = createRng(`order-${rank}-${count}`);
    const draws = 20_000;
    let sumUpper = 0;
    for (let index = 0; index < draws; index += 1)
      sumUpper += sampleUniformOrderStatistic(rng, rank, count).upper;
    // Work with the upper tail 1 - U_(k), whose mean is (n - k + 1) / (n + 1) and standard deviation
    // sqrt(k (n - k + 1) / ((n + 1)^2 (n + 2))).
    const expectedUpper = (count - rank + 1) / (count + 1);
    const standardDeviation = Math.sqrt((rank * (count - rank + 1)) / ((count + 1) ** 2 * (count + 2)));
    expect(Math.abs(sumUpper / draws - expectedUpper)).toBeLessThan(
      (4 * standardDeviation) / Math.sqrt(draws),
    );
  });

  it('returns complementary tails in (0, 1)', () => {
    const rng = createRng('tails');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, share) => {
          const rank = Math.max(1, Math.ceil(share * count));
          const { lower, upper } = sampleUniformOrderStatistic(rng, rank, count);
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeGreaterThanOrEqual(0);
          expect(lower + upper).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('agrees with sorting n uniforms at small n (two-sample comparison of means)', () => {
    const rng = createRng('brute');
    const count = 7;
    const rank = 5;
    const draws = 20_000;
    let direct = 0;
    let brute = 0;
    for (let index = 0; index < draws; index += 1) {
      direct += sampleUniformOrderStatistic(rng, rank, count).lower;
      const sorted = Array.from({ length: count }, () => rng.next()).sort((a, b) => a - b);
      brute += sorted[rank - 1] ?? Number.NaN;
    }
    const standardDeviation = Math.sqrt((rank * (count - rank + 1)) / ((count + 1) ** 2 * (count + 2)));
    const standardError = standardDeviation * Math.sqrt(2 / draws);
    expect(Math.abs(direct / draws - brute / draws)).toBeLessThan(4 * standardError);
  });
});
