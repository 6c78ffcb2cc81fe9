// Parameter sets in links: one key per value that differs from the table default, under a prefix ("" for the
// Explore configuration A, "B:" for the Compare view's configuration B). Values are checked with the same
// schema as fields, scenario files and the CLI.
import { type FieldError, paramConstraintErrors } from '../../core/params/constraints';
import {
  defaultParams,
  findParam,
  getParam,
  PARAMETER_ROWS,
  type Params,
  setParam,
} from '../../core/params/table';
import { parseParamText, valueToText } from '../params/parseValue';

/** Key prefix of configuration B's parameters. */
export const B_PREFIX = 'B:';

/** Writes the values of `params` that differ from the defaults into `query`, each key prefixed. */
export function writeParams(query: URLSearchParams, params: Params, prefix: string): void {
  const defaults = defaultParams();
  for (const row of PARAMETER_ROWS) {
    const value = getParam(params, row.path);
    if (value !== undefined && value !== getParam(defaults, row.path))
      query.set(`${prefix}${row.path}`, valueToText(value));
  }
}

/** Reads parameter keys that all start with `prefix` into a parameter set, adding problems to `errors`. */
export function readParams(
  entries: ReadonlyArray<[string, string]>,
  prefix: string,
  errors: FieldError[],
): Params {
  let params = defaultParams();
  for (const [key, text] of entries) {
    const path = key.slice(prefix.length);
    const row = findParam(path);
    if (!row) {
      errors.push({ path: key, message: `"${path}" is not a parameter` });
      continue;
    }
    const parsed = parseParamText(row, text);
    if (parsed.ok) params = setParam(params, path, parsed.value);
    else errors.push({ path: key, message: `${row.spec.label} ${parsed.message}` });
  }
  return params;
}

/** Cross-field problems of `params`, with paths under `prefix`. */
export function constraintErrors(params: Params, prefix: string): FieldError[] {
  return paramConstraintErrors(params).map((error) => ({ ...error, path: `${prefix}${error.path}` }));
}
