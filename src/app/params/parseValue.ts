// Turns text typed in a field or read from a link into a parameter value and checks it with the core's value
// rule, the one the scenario schema for files and the CLI applies (a test keeps them in agreement), so every
// edge refuses the same values with the same words, without loading the schema.
import { SIGNIFICANT_FIGURES } from '../../core/format/readable';
import { describeAllowed, valueProblem } from '../../core/params/describe';
import { parseDecimalNumber } from '../../core/params/numberText';
import type { ParamRow } from '../../core/params/table';
import { showText } from '../../core/scenario/limits';

/** A value that passed its row's schema, or why it did not. */
export type ParsedValue = { ok: true; value: number | string | boolean } | { ok: false; message: string };

/** What `row` accepts, in words with the unit, e.g. "a number from 0.001 to 2000 (ms)". */
export function allowedText(row: ParamRow): string {
  return describeAllowed(row.spec);
}

const typedFromText = (row: ParamRow, text: string): number | string | boolean => {
  const trimmed = text.trim();
  // Numbers use the one strict syntax of every edge (no hex, no "+5", no "5."); spaces around it are refused.
  if (row.spec.kind === 'number') return parseDecimalNumber(text) ?? Number.NaN;
  if (row.spec.kind === 'flag') return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
  return trimmed;
};

/** Parses `text` for `row` and validates it; the message names the allowed values and the unit. */
export function parseParamText(row: ParamRow, text: string): ParsedValue {
  const typed = typedFromText(row, text);
  if (typeof typed === 'number' && !Number.isFinite(typed)) {
    return { ok: false, message: `must be ${allowedText(row)}; got ${showText(text)}` };
  }
  const problem = valueProblem(row.spec, typed);
  return problem === null ? { ok: true, value: typed } : { ok: false, message: problem };
}

/** Plain notation is kept up to this many characters ("0.001", "1048576"); longer text may use exponents. */
const PLAIN_TEXT_MAX_LENGTH = 8;

/** Text of a value as fields and links write it: short, and parsing back to exactly the same number. */
export function valueToText(value: number | string | boolean): string {
  if (typeof value !== 'number') return String(value);
  const plain = String(value);
  if (plain.length <= PLAIN_TEXT_MAX_LENGTH) return plain;
  const exponent = value.toExponential().replace('e+', 'e');
  return exponent.length < plain.length ? exponent : plain;
}

/**
 * Text of a value as a field shows it while it is not being edited: three significant figures, the readout's
 * precision (a preset's 0.941482444 reads 0.941). The exact value stays in the model and in links.
 */
export function tidyValueText(value: number | string | boolean): string {
  if (typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value))
    return valueToText(value);
  return valueToText(Number(value.toPrecision(SIGNIFICANT_FIGURES)));
}
