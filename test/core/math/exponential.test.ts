// exp and expm1 against the engine's Math over random inputs (within 2 ulp), their special values, and
// monotonicity over runs of consecutive doubles where rounding could break it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, expm1 } from '../../../src/core/math/index';
import { nextUp, ulpDistance } from './bitPatterns';

/** The accuracy target: at most this many ulp from Math's result (both sides are within ~1 ulp of the truth). */
const MAX_ULP_FROM_MATH = 2;
/** Random inputs per accuracy property. */
const RUNS = 20_000;
/** Consecutive doubles walked per monotonicity start. */
const CONSECUTIVE_STEPS = 20_000;

/** True when f never decreases over `steps` consecutive doubles from each start. */
function nonDecreasingFrom(f: (x: number) => number, starts: readonly number[], steps: number): boolean {
  return starts.every((start) => {
    let x = start;
    let previous = f(x);
    for (let step = 0; step < steps; step += 1) {
      x = nextUp(x);
      const value = f(x);
      if (value < previous) return false;
      previous = value;
    }
    return true;
  });
}

/** Points where range reduction switches (multiples of ln(2)/2) and around 0. */
const REDUCTION_EDGES = [
  -2.5 * Math.LN2,
  -1.5 * Math.LN2,
  -0.5 * Math.LN2,
  -1e-12,
  0.5 * Math.LN2,
  1.5 * Math.LN2,
];

describe('exp', () => {
  it('is within 2 ulp of Math.exp from underflow to overflow', () => {
    fc.assert(
      fc.property(fc.double({ min: -746, max: 710, noNaN: true }), (x) => {
        expect(ulpDistance(exp(x), Math.exp(x))).toBeLessThanOrEqual(MAX_ULP_FROM_MATH);
      }),
      { numRuns: RUNS },
    );
  });

  it('is within 2 ulp of Math.exp near zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => {
        expect(ulpDistance(exp(x), Math.exp(x))).toBeLessThanOrEqual(MAX_ULP_FROM_MATH);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the special values of Math.exp', () => {
    for (const x of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      0,
      -0,
      710,
      -746,
      5e-324,
    ]) {
      expect(Object.is(exp(x), Math.exp(x))).toBe(true);
    }
    expect(exp(1)).toBe(Math.E);
    // ln(MAX_VALUE) = 709.78271289338397...: the last double below it stays finite, the next overflows.
    expect(exp(709.782712893384)).toBe(Math.exp(709.782712893384));
    expect(exp(709.7827128933841)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(-745.1)).toBe(Number.MIN_VALUE);
  });

  it('never decreases, across range-reduction boundaries included', () => {
    expect(nonDecreasingFrom(exp, REDUCTION_EDGES, CONSECUTIVE_STEPS)).toBe(true);
    expect(nonDecreasingFrom((t) => exp(-745 + 1455 * t), [0], CONSECUTIVE_STEPS)).toBe(true);
  });
});

describe('expm1', () => {
  it('is within 2 ulp of Math.expm1, including tiny arguments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -50, max: 710, noNaN: true }),
          fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
        ),
        (x) => {
          expect(ulpDistance(expm1(x), Math.expm1(x))).toBeLessThanOrEqual(MAX_ULP_FROM_MATH);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('gives the special values of Math.expm1', () => {
    for (const x of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      0,
      -0,
      1e-300,
      -1e-300,
      -40,
      710,
    ]) {
      expect(Object.is(expm1(x), Math.expm1(x))).toBe(true);
    }
  });

  it('never decreases, across range-reduction boundaries included', () => {
    expect(nonDecreasingFrom(expm1, REDUCTION_EDGES, CONSECUTIVE_STEPS)).toBe(true);
  });
});
