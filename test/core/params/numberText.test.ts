// The strict number syntax shared by --set, links and typed fields: decimal and exponent forms only.
import { describe, expect, it } from 'vitest';
import { parseDecimalNumber } from '../../../src/core/params/numberText';
import { parseOverride } from '../../../src/core/scenario/overrides';

describe('parseDecimalNumber', () => {
  it.each([
    ['5', 5],
    ['-0.25', -0.25],
    ['1e3', 1000],
    ['2.5E-2', 0.025],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimalNumber(text)).toBe(value);
  });

  it.each([
    '0x10',
    '0b1',
    '0o7',
    ' 5',
    '5 ',
    '+5',
    '5.',
    '.5',
    '',
    'Infinity',
    'NaN',
    '1e999',
    '05',
    '1_000',
  ])('refuses %j', (text) => {
    expect(parseDecimalNumber(text)).toBeUndefined();
  });

  it('refuses a number text longer than any double needs', () => {
    expect(parseDecimalNumber(`1${'0'.repeat(40)}`)).toBeUndefined();
  });

  it('makes --set refuse a hexadecimal value, naming the field', () => {
    const outcome = parseOverride('network.rttMs=0x10');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.path).toBe('--set network.rttMs');
  });
});
