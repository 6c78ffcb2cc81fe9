// Readout formatting: the app's names give the core's one readable format (test/core/format/readable.test.ts).
import { describe, expect, it } from 'vitest';
import { formatDuration, formatSignificant, formatWithUnit } from '../../src/app/format/formatNumber';

describe('number formatting', () => {
  it('keeps three significant figures with SI prefixes, exponents only below 0.01', () => {
    expect(formatSignificant(1234.5)).toBe('1.23k');
    expect(formatSignificant(0.04567)).toBe('0.0457');
    expect(formatSignificant(586000)).toBe('586k');
    expect(formatSignificant(0.0012)).toBe('1.2e-3');
    expect(formatSignificant(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('shows seconds in the largest readable unit', () => {
    expect(formatDuration(0.0025)).toBe('2.5 ms');
    expect(formatDuration(90)).toBe('1.5 min');
    expect(formatDuration(19.7 * 86400)).toBe('19.7 days');
  });

  it('formats by unit: percent, ratio, flag, count', () => {
    expect(formatWithUnit(0.433, 'fraction')).toBe('43.3%');
    expect(formatWithUnit(1.06, 'ratio')).toBe('1.06×');
    expect(formatWithUnit(1, 'flag')).toBe('yes');
    expect(formatWithUnit(0, 'flag')).toBe('no');
    expect(formatWithUnit(14, 'count')).toBe('14');
    expect(formatWithUnit(0.133, 'USD')).toBe('0.133 USD');
  });
});
