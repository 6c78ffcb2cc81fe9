// The pieces of a check on their own: ranks and rank correlation, histogram bins, the verdict thresholds and
// the Wilson interval, and where a required value sits against a plausible range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requirementPosition } from '../../../src/core/claims/beliefs';
import { HISTOGRAM_BIN_COUNT, histogram, summarize } from '../../../src/core/claims/distribution';
import { rankCorrelation, ranks } from '../../../src/core/claims/sensitivity';
import {
  OPTIMISTIC_SUPPORT_FRACTION,
  PLAUSIBLE_SUPPORT_FRACTION,
  supportProbability,
  verdictFor,
  wilsonInterval95,
} from '../../../src/core/claims/verdict';

describe('rank correlation', () => {
  it('gives tied values their mean rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('is 1 for any increasing transform and -1 for any decreasing one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 }),
        (xs) => {
          expect(
            rankCorrelation(
              xs,
              xs.map((x) => Math.exp(x / 100)),
            ),
          ).toBeCloseTo(1, 12);
          expect(
            rankCorrelation(
              xs,
              xs.map((x) => -(x ** 3)),
            ),
          ).toBeCloseTo(-1, 12);
        },
      ),
    );
  });

  it('is 0 against a constant', () => {
    expect(rankCorrelation([1, 2, 3], [5, 5, 5])).toBe(0);
  });
});

describe('histogram', () => {
  it('bins every value once, with log bins over a wide span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const result = histogram(sorted);
          expect(result.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(values.length);
          if ((sorted[0] ?? 0) < (sorted[sorted.length - 1] ?? 0))
            expect(result.bins).toHaveLength(HISTOGRAM_BIN_COUNT);
          const span = (sorted[sorted.length - 1] ?? 1) / (sorted[0] ?? 1);
          expect(result.scale).toBe(span >= 10 ? 'log' : 'linear');
        },
      ),
    );
  });

  it('leaves non-finite values out of the summary but counts them', () => {
    const summary = summarize([1, 2, Number.NaN, 3, Number.POSITIVE_INFINITY]);
    expect(summary.finiteCount).toBe(3);
    expect(summary.runCount).toBe(5);
    expect(summary.p50).toBe(2);
  });
});

describe('verdict', () => {
  it('grades at the documented thresholds', () => {
    expect(verdictFor(PLAUSIBLE_SUPPORT_FRACTION)).toBe('plausible');
    expect(verdictFor(PLAUSIBLE_SUPPORT_FRACTION - 1e-9)).toBe('optimistic');
    expect(verdictFor(OPTIMISTIC_SUPPORT_FRACTION)).toBe('optimistic');
    expect(verdictFor(OPTIMISTIC_SUPPORT_FRACTION - 1e-9)).toBe('implausible');
  });

  it('counts non-finite draws as not holding', () => {
    expect(supportProbability({ metric: 'm', direction: 'at-least', value: 1 }, [2, Number.NaN, 3, 0])).toBe(
      0.5,
    );
  });

  it('brackets the observed proportion with the Wilson interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, share) => {
          const [low, high] = wilsonInterval95(share, count);
          expect(low).toBeLessThanOrEqual(share + 1e-12);
          expect(high).toBeGreaterThanOrEqual(share - 1e-12);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('requirementPosition', () => {
  it('places a required value against the plausible range on the side the claim holds', () => {
    expect(requirementPosition(5, 'at-least', 1, 10).position).toBe('within-plausible-range');
    expect(requirementPosition(0.5, 'at-least', 1, 10).position).toBe('holds-across-plausible-range');
    expect(requirementPosition(40, 'at-least', 1, 10)).toEqual({
      position: 'beyond-plausible-range',
      beyondRangeRatio: 4,
    });
    expect(requirementPosition(0.25, 'at-most', 1, 10)).toEqual({
      position: 'beyond-plausible-range',
      beyondRangeRatio: 4,
    });
    expect(requirementPosition(20, 'at-most', 1, 10).position).toBe('holds-across-plausible-range');
  });
});
