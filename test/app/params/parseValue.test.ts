// Typed values are checked with the core parameter schema; text written by valueToText parses back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseParamText, tidyValueText, valueToText } from '../../../src/app/params/parseValue';
import { findParam, PARAMETER_ROWS } from '../../../src/core/params/table';
import { arbitraryValueOf } from '../arbitraries';

const row = (path: string) => {
  const found = findParam(path);
  if (!found) throw new Error(`no row ${path}`);
  return found;
};

describe('parseParamText', () => {
  it('accepts every valid value written by valueToText, unchanged', () => {
    for (const paramRow of PARAMETER_ROWS) {
      fc.assert(
        fc.property(arbitraryValueOf(paramRow.spec), (value) => {
          expect(parseParamText(paramRow, valueToText(value))).toEqual({ ok: true, value });
        }),
        { numRuns: 30 },
      );
    }
  });

  it('refuses out-of-range numbers and names the allowed range with its unit', () => {
    const outcome = parseParamText(row('network.rttMs'), '5000');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/0\.001/);
    expect(outcome.message).toMatch(/2000/);
    expect(outcome.message).toMatch(/ms/);
  });

  it('refuses text that is not a number, fractional counts and unknown options', () => {
    expect(parseParamText(row('network.rttMs'), 'fast').ok).toBe(false);
    expect(parseParamText(row('network.rttMs'), '').ok).toBe(false);
    expect(parseParamText(row('network.nodeCount'), '2.5').ok).toBe(false);
    expect(parseParamText(row('workload.kind'), 'mining').ok).toBe(false);
    expect(parseParamText(row('training.overlapSync'), 'yes').ok).toBe(false);
  });

  it('reads exponent notation', () => {
    expect(parseParamText(row('model.parameterCount'), '7e10')).toEqual({ ok: true, value: 7e10 });
  });
});

describe('valueToText', () => {
  it('prefers the shorter of plain and exponent notation', () => {
    expect(valueToText(989e12)).toBe('9.89e14');
    expect(valueToText(65)).toBe('65');
    expect(valueToText(0.001)).toBe('0.001');
  });
});

describe('tidyValueText', () => {
  it('shows a preset’s long fraction with three significant figures and keeps whole numbers exact', () => {
    expect(tidyValueText(0.941482444)).toBe('0.941');
    expect(tidyValueText(124_000_000)).toBe('1.24e8');
    expect(tidyValueText(123_456_789)).toBe('123456789');
    expect(tidyValueText(65)).toBe('65');
    expect(tidyValueText('tee')).toBe('tee');
  });
});
