// Accuracy of the standard normal CDF, tails and inverse CDF against independently computed values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inverseStandardNormal,
  logStandardNormalCdf,
  logStandardNormalUpperTail,
  standardNormalCdf,
  standardNormalUpperTail,
} from '../../../src/core/stochastic/normal';

/** Reference values from SciPy 1.17 (scipy.special.ndtr, log_ndtr, ndtri). */
const CDF_REFERENCE: ReadonlyArray<[z: number, cdf: number, logCdf: number]> = [
  [-38, 0, -726.5572160188201],
  [-10, 7.61985302416047e-24, -53.23128515051248],
  [-5, 2.866515718791933e-7, -15.064998393988727],
  [-2, 0.022750131948179195, -3.7831843336820317],
  [-0.5, 0.3085375387259869, -1.1759117615936188],
  [0, 0.5, -Math.LN2],
  [1, 0.8413447460685429, -0.1727537790234499],
  [3, 0.9986501019683699, -0.0013508099647481925],
  [8.5, 1, -9.47953482220325e-18],
];
const INVERSE_REFERENCE: ReadonlyArray<[probability: number, z: number]> = [
  [1e-300, -37.0470962993612],
  [1e-10, -6.361340902404056],
  [0.001, -3.090232306167813],
  [0.025, -1.9599639845400545],
  [0.3, -0.5244005127080409],
  [0.5, 0],
  [0.975, 1.959963984540054],
  [0.999999, 4.753424308817087],
];

describe('standard normal CDF and tails', () => {
  it('matches reference log-CDF values to 1e-13 relative, deep into both tails', () => {
    for (const [z, , logCdf] of CDF_REFERENCE) {
      expect(Math.abs(logStandardNormalCdf(z) - logCdf)).toBeLessThanOrEqual(
        1e-13 * Math.max(1, Math.abs(logCdf)),
      );
    }
  });

  it('matches reference CDF values to 1e-13 relative (where the reference does not underflow)', () => {
    for (const [z, cdf] of CDF_REFERENCE.filter(([, value]) => value > 0)) {
      expect(Math.abs(standardNormalCdf(z) - cdf)).toBeLessThanOrEqual(1e-13 * cdf);
    }
  });

  it('is symmetric: Q(z) = Phi(-z), and the two tails add up to 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(logStandardNormalUpperTail(z)).toBe(logStandardNormalCdf(-z));
        expect(standardNormalCdf(z) + standardNormalUpperTail(z)).toBeCloseTo(1, 14);
      }),
    );
  });

  it('is increasing in z', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -37, max: 8, noNaN: true }),
        fc.double({ min: 1e-6, max: 5, noNaN: true }),
        (z, step) => {
          expect(logStandardNormalCdf(z + step)).toBeGreaterThan(logStandardNormalCdf(z));
        },
      ),
    );
  });
});

describe('inverseStandardNormal (AS 241)', () => {
  it('matches reference quantiles to 1e-14 relative', () => {
    for (const [probability, z] of INVERSE_REFERENCE) {
      expect(Math.abs(inverseStandardNormal(probability) - z)).toBeLessThanOrEqual(
        1e-14 * Math.max(1, Math.abs(z)),
      );
    }
  });

  it('inverts the CDF: Phi(Phi^-1(p)) = p to 1e-13 relative over (1e-300, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: -690, max: -1e-12, noNaN: true }), (logProbability) => {
        const probability = Math.exp(logProbability);
        const roundTrip = logStandardNormalCdf(inverseStandardNormal(probability));
        expect(Math.abs(roundTrip - logProbability)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(logProbability)),
        );
      }),
    );
  });

  it('propagates NaN instead of recursing', () => {
    expect(logStandardNormalCdf(Number.NaN)).toBeNaN();
  });

  it('returns the infinities at 0 and 1', () => {
    expect(inverseStandardNormal(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseStandardNormal(1)).toBe(Number.POSITIVE_INFINITY);
  });
});
