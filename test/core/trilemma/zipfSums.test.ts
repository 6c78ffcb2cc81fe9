// The ownership metrics: past the exact cut-off they agree with the term-by-term sums they replace; up to it they
// are the explicit shares' metrics, bit for bit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import {
  decentralizationMetrics,
  effectiveOperatorCount,
  nakamotoCoefficient,
  operatorShares,
} from '../../../src/core/trilemma/ownership';
import { EXACT_TERM_COUNT, zipfTailSum } from '../../../src/core/trilemma/zipfSums';

function termByTerm(first: number, last: number, exponent: number): number {
  let sum = 0;
  for (let index = first; index <= last; index += 1) sum += index ** -exponent;
  return sum;
}

describe('Zipf sums past the exact cut-off', () => {
  it.each([0, 0.5, 1, 1.3, 2])('match term-by-term sums for exponent %d', (exponent) => {
    const exact = termByTerm(EXACT_TERM_COUNT + 1, 200_000, exponent);
    expect(Math.abs(zipfTailSum(EXACT_TERM_COUNT + 1, 200_000, exponent) - exact) / exact).toBeLessThan(
      1e-10,
    );
  });

  it.each([
    ['zipf', 1],
    ['zipf', 0.7],
    ['equal', 1],
  ] as const)('give the metrics of the explicit shares (%s, s = %d)', (distribution, exponent) => {
    const operators = 50_000;
    const params = setParams(defaultParams(), {
      'network.nodeCount': operators,
      'trilemma.nodesPerOperatorRatio': 1,
      'trilemma.ownershipDistribution': distribution,
      'trilemma.zipfExponentRatio': exponent,
    });
    const shares = operatorShares(operators, distribution, exponent);
    const fast = decentralizationMetrics(params);
    const threshold = params.trilemma.nakamotoThresholdFraction;
    expect(fast.nakamotoCoefficientCount).toBe(nakamotoCoefficient(shares, threshold));
    expect(fast.effectiveOperatorCount).toBeCloseTo(effectiveOperatorCount(shares), 6);
    expect(fast.largestOperatorShareFraction).toBeCloseTo(shares[0] ?? 0, 12);
  });
});

describe('ownership metrics up to the exact cut-off', () => {
  it('are bit-identical to the metrics of the explicit shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: EXACT_TERM_COUNT }),
        fc.constantFrom('zipf', 'equal'),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (operators, distribution, exponent, threshold) => {
          const params = setParams(defaultParams(), {
            'network.nodeCount': operators,
            'trilemma.nodesPerOperatorRatio': 1,
            'trilemma.ownershipDistribution': distribution,
            'trilemma.zipfExponentRatio': exponent,
            'trilemma.nakamotoThresholdFraction': threshold,
          });
          const shares = operatorShares(operators, distribution, exponent);
          expect(decentralizationMetrics(params)).toStrictEqual({
            independentOperatorCount: operators,
            effectiveOperatorCount: effectiveOperatorCount(shares),
            nakamotoCoefficientCount: nakamotoCoefficient(shares, threshold),
            largestOperatorShareFraction: shares[0],
          });
        },
      ),
      { numRuns: 200, seed: 16 },
    );
  });
});
