// The golden bit patterns: src/core/math must reproduce math.golden.json exactly, in Node here and in Chromium
// in the end-to-end determinism case. A change to the file needs a deliberate re-run of
// scripts/write-math-golden.ts, after which the browser case checks the new bits too.
import { describe, expect, it } from 'vitest';
import { fromHex, sameBits, toHex } from './bitPatterns';
import { GOLDEN_FUNCTIONS, type GoldenFile } from './goldenFunctions';
import goldenJson from './math.golden.json';

const golden: GoldenFile = goldenJson;

describe('math golden file', () => {
  it('covers every golden function with at least 50 cases', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(GOLDEN_FUNCTIONS).sort());
    for (const cases of Object.values(golden)) expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(Object.keys(GOLDEN_FUNCTIONS))('%s reproduces every golden bit pattern', (name) => {
    const evaluate = GOLDEN_FUNCTIONS[name];
    expect(evaluate).toBeDefined();
    const mismatches = (golden[name] ?? [])
      .map((goldenCase) => ({
        goldenCase,
        actual: toHex(evaluate?.(...goldenCase.arguments.map(fromHex)) ?? 0),
      }))
      .filter(({ goldenCase, actual }) => !sameBits(goldenCase.result, actual))
      .map(
        ({ goldenCase, actual }) =>
          `${goldenCase.approximately}: expected ${goldenCase.result}, got ${actual}`,
      );
    expect(mismatches).toEqual([]);
  });
});

describe('sameBits', () => {
  it('tells signed zeros apart but matches any NaN', () => {
    expect(sameBits(toHex(0), toHex(-0))).toBe(false);
    expect(sameBits('7ff8000000000000', 'fff8000000000001')).toBe(true);
    expect(sameBits(toHex(1), toHex(1 + Number.EPSILON))).toBe(false);
  });
});
