import { describe, expect, it } from 'vitest';
import { formatExact, formatNumber, nonFiniteText } from '../../../src/core/scenario/formatNumber';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [17.5136, '17.51'],
    [9999.99999999999, '10000'],
    [123456, '123500'],
    [2_500_000, '2.5e6'],
    [0.00012346, '1.235e-4'],
    [-0.5, '-0.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('formats %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('writes large and small range bounds exactly, in exponent form', () => {
    expect(formatExact(989e12)).toBe('9.89e14');
    expect(formatExact(0.001)).toBe('0.001');
    expect(formatExact(1e-6)).toBe('1e-6');
    expect(formatExact(2000)).toBe('2000');
  });

  it('names only non-finite numbers', () => {
    expect(nonFiniteText(1)).toBeUndefined();
    expect(nonFiniteText(Number.NaN)).toBe('NaN');
  });
});
