// Turns the --set options of a command into validated overrides, or a CliError listing every bad one.
import { parseOverrides } from '../core/scenario/overrides';
import type { ParamScalar } from '../core/scenario/types';
import { CliError, formatFieldErrors } from './errors';

/** Validated overrides from repeated --set path=value options. */
export function parseSetOptions(assignments: readonly string[]): Record<string, ParamScalar> {
  const outcome = parseOverrides(assignments);
  if (!outcome.ok) throw new CliError(formatFieldErrors('--set', outcome.errors).trimEnd());
  return outcome.overrides;
}
