// pow against the engine's ** over random inputs (relative error under 1e-13 wherever |y ln x| < 700), every
// special-value clause of ECMAScript's exponentiation, exact powers, and odd/even integer exponents of
// negative bases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pow } from '../../../src/core/math/index';

/** The accuracy target for pow: relative error against the engine's result. */
const MAX_RELATIVE_ERROR = 1e-13;
/** Largest |y ln x| for which the accuracy target applies. */
const MAX_LOG_RESULT = 700;
/** Random inputs per accuracy property. */
const RUNS = 20_000;

/** Relative difference of two finite results. */
const relativeDifference = (ours: number, engine: number): number =>
  ours === engine ? 0 : Math.abs(ours - engine) / Math.abs(engine);

describe('pow', () => {
  it('matches ** to 1e-13 relative wherever |y ln x| < 700', () => {
    const pair = fc
      .tuple(fc.double({ min: -700, max: 700, noNaN: true }), fc.double({ min: -700, max: 700, noNaN: true }))
      .filter(([logX]) => logX !== 0)
      .map(([logX, logResult]) => [Math.exp(logX), logResult / logX] as const);
    fc.assert(
      fc.property(pair, ([x, y]) => {
        if (Math.abs(y * Math.log(x)) >= MAX_LOG_RESULT || !Number.isFinite(y)) return;
        expect(relativeDifference(pow(x, y), x ** y)).toBeLessThan(MAX_RELATIVE_ERROR);
      }),
      { numRuns: RUNS },
    );
  });

  it('matches ** to 1e-13 relative for everyday bases and exponents, negative bases included', () => {
    const everyday = fc.tuple(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.integer({ min: -60, max: 60 })),
    );
    fc.assert(
      fc.property(everyday, ([x, y]) => {
        const engine = x ** y;
        const ours = pow(x, y);
        if (!Number.isFinite(engine) || engine === 0) expect(Object.is(ours, engine)).toBe(true);
        else expect(relativeDifference(ours, engine)).toBeLessThan(MAX_RELATIVE_ERROR);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the result of ** for every pair of special and boundary values', () => {
    // Special results (NaN, infinities, zeros, exact ones) must be identical; others agree to 1e-13 (the
    // engine's ** is not always correctly rounded: it gives 1.414213562373095 for 0.5 ** -0.5).
    const agrees = (ours: number, engine: number): boolean =>
      Object.is(ours, engine) ||
      (Number.isFinite(engine) && engine !== 0 && relativeDifference(ours, engine) < MAX_RELATIVE_ERROR);
    const values = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      0,
      -0,
      1,
      -1,
      0.5,
      -0.5,
      2,
      -2,
      3,
      -3,
      1.5,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
      2 ** 53,
      2 ** 53 + 2,
      -(2 ** 53) - 2,
      1e308,
    ];
    const mismatches = values.flatMap((x) =>
      values
        .filter((y) => !agrees(pow(x, y), x ** y))
        .map((y) => `pow(${x}, ${y}) = ${pow(x, y)}, ** gives ${x ** y}`),
    );
    expect(mismatches).toEqual([]);
  });

  it('is exact where the true power is a double', () => {
    for (let exponent = -1074; exponent <= 1023; exponent += 1) expect(pow(2, exponent)).toBe(2 ** exponent);
    for (let exponent = 0; exponent <= 22; exponent += 1)
      expect(pow(10, exponent)).toBe(Number(`1e${exponent}`));
    expect(pow(3, 33)).toBe(5559060566555523);
    expect(pow(-3, 3)).toBe(-27);
    expect(pow(49, 0.5)).toBe(7);
    expect(pow(8, 1 / 3)).toBeCloseTo(2, 15);
  });

  it('keeps the sign of negative bases for odd integer exponents only', () => {
    expect(pow(-2, 3)).toBe(-8);
    expect(pow(-2, 4)).toBe(16);
    expect(pow(-2, -3)).toBe(-0.125);
    expect(Number.isNaN(pow(-2, 0.5))).toBe(true);
    expect(Object.is(pow(-0, 3), -0)).toBe(true);
    expect(Object.is(pow(-0, -3), Number.NEGATIVE_INFINITY)).toBe(true);
  });

  it('overflows and underflows as ** does', () => {
    expect(pow(10, 309)).toBe(Number.POSITIVE_INFINITY);
    expect(pow(10, -324)).toBe(0);
    expect(pow(2, -1075)).toBe(0);
    expect(pow(1.0000001, 1e12)).toBe(Number.POSITIVE_INFINITY);
    expect(pow(Number.MIN_VALUE, 0.5)).toBe(Math.sqrt(Number.MIN_VALUE));
  });
});
