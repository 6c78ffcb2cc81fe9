// The one readable number format: SI prefixes, percent that fits, durations in the unit that reads, and the
// same text for the same number every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  durationUnitFor,
  formatDurationText,
  formatPercentText,
  formatQuantity,
  formatSi,
} from '../../../src/core/format/readable';

describe('formatSi', () => {
  it('writes large values with SI prefixes and three significant figures', () => {
    expect(formatSi(586_000)).toBe('586k');
    expect(formatSi(1_234_567)).toBe('1.23M');
    expect(formatSi(3.4e9)).toBe('3.4G');
    expect(formatSi(-2_000)).toBe('-2k');
    expect(formatSi(999.6)).toBe('1k');
    expect(formatSi(999_600)).toBe('1M');
    expect(formatSi(2.5e22)).toBe('2.50e22');
  });

  it('writes middle values plainly and tiny ones with a short exponent', () => {
    expect(formatSi(0.941482444)).toBe('0.941');
    expect(formatSi(14)).toBe('14');
    expect(formatSi(0.0457)).toBe('0.0457');
    expect(formatSi(6.1e-5)).toBe('6.1e-5');
    expect(formatSi(0)).toBe('0');
    expect(formatSi(Number.NaN)).toBe('—');
  });

  it('never writes "e+" or more than three significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true }), (value) => {
        const text = formatSi(value);
        expect(text).not.toContain('e+');
        // Significant digits: drop the sign, the SI prefix, any exponent, the point and leading zeros
        // (0.0101 has three; the old count of characters called it six).
        const digits = text
          .replace(/^-/, '')
          .replace(/[kMGTPE]$/, '')
          .replace(/e-\d+$/, '')
          .replace('.', '')
          .replace(/^0+/, '');
        expect(digits.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('formatPercentText', () => {
  it('fits: three significant figures, an exponent only below 0.01%', () => {
    expect(formatPercentText(0.433)).toBe('43.3%');
    expect(formatPercentText(1)).toBe('100%');
    expect(formatPercentText(0.000864)).toBe('0.0864%');
    expect(formatPercentText(8.64e-7)).toBe('8.6e-5%');
    expect(formatPercentText(0)).toBe('0%');
  });
});

describe('formatDurationText', () => {
  it('uses the largest unit in which the value is at least one', () => {
    expect(formatDurationText(0.0025)).toBe('2.5 ms');
    expect(formatDurationText(90)).toBe('1.5 min');
    expect(formatDurationText(7200)).toBe('2 h');
    expect(formatDurationText(93_600)).toBe('1.08 days');
    expect(formatDurationText(4e9)).toBe('127 years');
    expect(formatDurationText(4e15)).toBe('127M years');
    expect(formatDurationText(0)).toBe('0 s');
  });

  it('picks units consistently with durationUnitFor', () => {
    expect(durationUnitFor(59).symbol).toBe('s');
    expect(durationUnitFor(60).symbol).toBe('min');
    expect(durationUnitFor(3e-7).symbol).toBe('s');
  });
});

describe('formatQuantity', () => {
  it('formats by unit', () => {
    expect(formatQuantity(586_000, 'tokens/s')).toBe('586k tokens/s');
    expect(formatQuantity(0.5, 'fraction')).toBe('50%');
    expect(formatQuantity(3600 * 24 * 365.25 * 3, 's')).toBe('3 years');
    expect(formatQuantity(1.06, 'ratio')).toBe('1.06×');
    expect(formatQuantity(1, 'flag')).toBe('yes');
    expect(formatQuantity(14_000, 'count')).toBe('14k');
    expect(formatQuantity(2.99e11, 'bytes')).toBe('299 GB');
    expect(formatQuantity(512, 'bytes')).toBe('512 bytes');
    expect(formatQuantity(3.12e14, 'FLOP/s')).toBe('312 TFLOP/s');
  });

  it('reads back within rounding: the prefix and three significant figures keep the value to 0.5%', () => {
    const factors: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e20, noNaN: true }), (value) => {
        const text = formatQuantity(value, 'tokens/s').replace(' tokens/s', '');
        const prefix = text.at(-1) ?? '';
        const read = prefix in factors ? Number(text.slice(0, -1)) * (factors[prefix] ?? 1) : Number(text);
        expect(Math.abs(read / value - 1)).toBeLessThanOrEqual(0.005);
      }),
    );
  });
});
