// Parses "path=value" overrides (the CLI's --set) into typed values checked against the parameter table,
// with the same error style as scenario files.
import type { FieldError } from '../params/constraints';
import { parseDecimalNumber } from '../params/numberText';
import { findParam, PARAMETER_ROWS } from '../params/table';
import { showName, showText } from './limits';
import { type ParamScalar, paramValueSchema } from './paramSchema';
import { didYouMean } from './suggest';

/** Parsed overrides, or every problem found. */
export type OverridesOutcome =
  | { ok: true; overrides: Record<string, ParamScalar> }
  | { ok: false; errors: FieldError[] };

const FLAG_WORDS: Readonly<Record<string, boolean>> = { true: true, false: false };

/** Reads the text after "=" as the kind of value the parameter takes (a number, an option, true/false). */
function typedValue(kind: 'number' | 'choice' | 'flag', text: string): unknown {
  if (kind === 'number') return parseDecimalNumber(text) ?? text;
  if (kind === 'flag') return FLAG_WORDS[text.trim().toLowerCase()] ?? text;
  return text;
}

/** One override, e.g. "network.rttMs=100". */
export function parseOverride(
  assignment: string,
): { ok: true; path: string; value: ParamScalar } | { ok: false; error: FieldError } {
  const equals = assignment.indexOf('=');
  if (equals <= 0) {
    return {
      ok: false,
      error: { path: `--set ${assignment}`, message: 'must be written path=value, e.g. network.rttMs=100' },
    };
  }
  const path = assignment.slice(0, equals).trim();
  const text = assignment.slice(equals + 1);
  const row = findParam(path);
  if (!row) {
    const paths = PARAMETER_ROWS.map((entry) => entry.path);
    return {
      ok: false,
      error: { path: `--set ${showName(path)}`, message: `unknown parameter${didYouMean(path, paths)}` },
    };
  }
  const outcome = paramValueSchema(row).safeParse(typedValue(row.spec.kind, text));
  if (!outcome.success) {
    const message = (outcome.error.issues[0]?.message ?? 'invalid value').replace(
      /got .*$/,
      `got ${showText(text)}`,
    );
    return { ok: false, error: { path: `--set ${path}`, message } };
  }
  return { ok: true, path, value: outcome.data };
}

/** Every override; a later one for the same path replaces an earlier one. */
export function parseOverrides(assignments: readonly string[]): OverridesOutcome {
  const overrides: Record<string, ParamScalar> = {};
  const errors: FieldError[] = [];
  for (const assignment of assignments) {
    const outcome = parseOverride(assignment);
    if (outcome.ok) overrides[outcome.path] = outcome.value;
    else errors.push(outcome.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overrides };
}
