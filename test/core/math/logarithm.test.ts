// log, log1p, log2 and log10 against the engine's Math over random inputs (within 2 ulp), their special
// values, exact results where the answer is a double, and monotonicity over consecutive doubles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { log, log1p, log2, log10 } from '../../../src/core/math/index';
import { nextUp, ulpDistance } from './bitPatterns';

/** The accuracy target: at most this many ulp from Math's result. */
const MAX_ULP_FROM_MATH = 2;
/** Random inputs per accuracy property. */
const RUNS = 20_000;
/** Consecutive doubles walked per monotonicity start. */
const CONSECUTIVE_STEPS = 20_000;

/** Every positive double, subnormals included, and a band around 1 where cancellation would show. */
const positive = fc.oneof(
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
  fc.double({ min: 0.5, max: 2, noNaN: true }),
);

const LOGARITHMS: ReadonlyArray<[string, (x: number) => number, (x: number) => number]> = [
  ['log', log, Math.log],
  ['log2', log2, Math.log2],
  ['log10', log10, Math.log10],
];

describe.each(LOGARITHMS)('%s', (_, ours, engine) => {
  it('is within 2 ulp of Math over all positive doubles', () => {
    fc.assert(
      fc.property(positive, (x) => {
        expect(ulpDistance(ours(x), engine(x))).toBeLessThanOrEqual(MAX_ULP_FROM_MATH);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives Math's special values", () => {
    for (const x of [Number.NaN, -1, -0, 0, 1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -5e-324]) {
      expect(Object.is(ours(x), engine(x))).toBe(true);
    }
  });

  it('never decreases over consecutive doubles near 1, sqrt(2) and the subnormal edge', () => {
    const starts = [1 - 1e-12, Math.SQRT2 - 1e-12, Math.SQRT1_2 - 1e-12, 2.2250738585072014e-308, 5e-324];
    for (const start of starts) {
      let x = start;
      let previous = ours(x);
      for (let step = 0; step < CONSECUTIVE_STEPS; step += 1) {
        x = nextUp(x);
        expect(ours(x) >= previous).toBe(true);
        previous = ours(x);
      }
    }
  });
});

describe('exact results', () => {
  it('log2 of every power of two and log10 of exact powers of ten are integers', () => {
    for (let exponent = -1074; exponent <= 1023; exponent += 1) expect(log2(2 ** exponent)).toBe(exponent);
    for (let exponent = 0; exponent <= 22; exponent += 1)
      expect(log10(Number(`1e${exponent}`))).toBe(exponent);
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBe(1);
  });
});

describe('log1p', () => {
  it('is within 2 ulp of Math.log1p, including tiny and huge arguments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1e-10, max: 1e-10, noNaN: true }),
          fc.double({ min: 1, max: Number.MAX_VALUE, noNaN: true }),
        ),
        (x) => {
          expect(ulpDistance(log1p(x), Math.log1p(x))).toBeLessThanOrEqual(MAX_ULP_FROM_MATH);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("gives Math.log1p's special values", () => {
    for (const x of [Number.NaN, -2, -1, -0, 0, 1e-300, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(Object.is(log1p(x), Math.log1p(x))).toBe(true);
    }
  });
});
