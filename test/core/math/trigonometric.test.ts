// sinPi against the engine's Math.sin(Math.PI * x) where that is itself accurate (small |x|), and the
// properties that hold exactly: zeros at integers, odd symmetry, period 2 and the special values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sinPi } from '../../../src/core/math/index';
import { ulpDistance } from './bitPatterns';

/** Random inputs per property. */
const RUNS = 20_000;
/**
 * For |x| <= 1/4, Math.sin(Math.PI * x) is off only by the rounding of pi x (about 1 ulp), so sinPi should be
 * within 3 ulp of it.
 */
const MAX_ULP_FROM_MATH_NEAR_ZERO = 3;

describe('sinPi', () => {
  it('matches Math.sin(Math.PI * x) for |x| <= 1/4', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.25, max: 0.25, noNaN: true }), (x) => {
        expect(ulpDistance(sinPi(x), Math.sin(Math.PI * x))).toBeLessThanOrEqual(MAX_ULP_FROM_MATH_NEAR_ZERO);
      }),
      { numRuns: RUNS },
    );
  });

  it('is exactly 0 at integers, 1 at 1/2 and -1 at -1/2', () => {
    for (const x of [0, 1, -1, 2, 7, -13, 2 ** 52, 1e300]) expect(Math.abs(sinPi(x))).toBe(0);
    expect(sinPi(0.5)).toBe(1);
    expect(sinPi(-0.5)).toBe(-1);
    expect(sinPi(1 / 6)).toBeCloseTo(0.5, 15);
    expect(Object.is(sinPi(-0), -0)).toBe(true);
  });

  it('is odd and has period 2, exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(sinPi(-x) === -sinPi(x)).toBe(true);
        // Only where x + 2 is exact, or the shift itself changes the argument.
        if (x + 2 - 2 === x) expect(sinPi(x + 2) === sinPi(x)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is NaN for NaN and infinities', () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(Number.isNaN(sinPi(x))).toBe(true);
    }
  });
});
