// The score and its mapping to ratings, agreement and robustness verdicts (src/core/matrix/scoring.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementOf,
  DEFAULT_MATRIX_THRESHOLDS,
  normalisedChange,
  ratingFromScore,
  robustnessVerdict,
  thresholdProblems,
} from '../../../src/core/matrix/scoring';

const positive = fc.double({ min: 1e-12, max: 1e12, noNaN: true });

describe('normalisedChange', () => {
  it('is positive when the metric moves the better way, negative otherwise', () => {
    expect(normalisedChange(1, 4, 'higher')).toBeCloseTo(0.75);
    expect(normalisedChange(4, 1, 'higher')).toBeCloseTo(-0.75);
    expect(normalisedChange(0.2, 0.1, 'lower')).toBeCloseTo(0.5);
    expect(normalisedChange(0.1, 0.2, 'lower')).toBeCloseTo(-0.5);
  });

  it('gives +0.5 exactly when the better end is twice as good (the strong threshold)', () => {
    expect(normalisedChange(10, 20, 'higher')).toBe(0.5);
    expect(normalisedChange(20, 10, 'lower')).toBe(0.5);
    expect(normalisedChange(20, 10, 'higher')).toBe(-0.5);
  });

  it('stays in [-1, 1], flips sign with orientation, and is antisymmetric in the ends', () => {
    fc.assert(
      fc.property(positive, positive, (low, high) => {
        const score = normalisedChange(low, high, 'higher');
        expect(Math.abs(score)).toBeLessThanOrEqual(1);
        expect(normalisedChange(low, high, 'lower')).toBeCloseTo(-score, 12);
        expect(normalisedChange(high, low, 'higher')).toBeCloseTo(-score, 12);
      }),
    );
  });

  it('is 0 for equal ends and for two zeros, NaN for a value that is not finite', () => {
    expect(normalisedChange(0.3, 0.3, 'lower')).toBe(0);
    expect(normalisedChange(0, 0, 'lower')).toBe(0);
    expect(normalisedChange(1, 0, 'lower')).toBe(1);
    expect(normalisedChange(Number.NaN, 1, 'higher')).toBeNaN();
    expect(normalisedChange(1, Number.POSITIVE_INFINITY, 'higher')).toBeNaN();
  });
});

describe('ratingFromScore', () => {
  const thresholds = DEFAULT_MATRIX_THRESHOLDS;

  it('maps the documented thresholds, both inclusive', () => {
    expect(ratingFromScore(1, thresholds)).toBe('strong');
    expect(ratingFromScore(0.5, thresholds)).toBe('strong');
    expect(ratingFromScore(0.4999, thresholds)).toBe('medium');
    expect(ratingFromScore(0, thresholds)).toBe('medium');
    expect(ratingFromScore(-0.4999, thresholds)).toBe('medium');
    expect(ratingFromScore(-0.5, thresholds)).toBe('weak');
    expect(ratingFromScore(-1, thresholds)).toBe('weak');
  });

  it('follows adjusted thresholds', () => {
    const strict = { ...thresholds, strongMinScore: 0.9, weakMaxScore: -0.1 };
    expect(ratingFromScore(0.8, strict)).toBe('medium');
    expect(ratingFromScore(-0.2, strict)).toBe('weak');
  });

  it('never rates higher for a lower score (monotone)', () => {
    const order = { weak: 0, medium: 1, strong: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(order[ratingFromScore(low, thresholds)]).toBeLessThanOrEqual(
            order[ratingFromScore(high, thresholds)],
          );
        },
      ),
    );
  });
});

describe('agreement and robustness', () => {
  it('agrees only on equal ratings and never rates a cell the article leaves open', () => {
    expect(agreementOf('strong', 'strong')).toBe('agree');
    expect(agreementOf('medium', 'strong')).toBe('disagree');
    expect(agreementOf('weak', 'not stated')).toBe('not-rated');
  });

  it('is robust from the threshold share up', () => {
    expect(robustnessVerdict(0.8, DEFAULT_MATRIX_THRESHOLDS)).toBe('robust');
    expect(robustnessVerdict(0.79, DEFAULT_MATRIX_THRESHOLDS)).toBe('fragile');
  });

  it('rejects thresholds that cannot rate', () => {
    expect(thresholdProblems(DEFAULT_MATRIX_THRESHOLDS)).toEqual([]);
    expect(
      thresholdProblems({ strongMinScore: 0.2, weakMaxScore: 0.3, robustMinShareFraction: 0.8 }),
    ).toHaveLength(1);
    expect(
      thresholdProblems({ strongMinScore: 2, weakMaxScore: -0.5, robustMinShareFraction: 1.5 }),
    ).toHaveLength(2);
  });
});
