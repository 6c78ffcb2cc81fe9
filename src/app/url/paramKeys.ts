// Parameter sets in links: one key per value that differs from the table default, under a prefix ("" for the
// Explore configuration A, "B:" for the Compare view's configuration B). Values are checked with the same
// schema as fields, scenario files and the CLI; a bad value keeps the last good one.
import { type FieldError, paramConstraintErrors } from '../../core/params/constraints';
import {
  defaultParams,
  findParam,
  getParam,
  PARAMETER_ROWS,
  type Params,
  setParam,
} from '../../core/params/table';
import { showName, showText } from '../../core/scenario/limits';
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

/**
 * Reads parameter keys that all start with `prefix` into a parameter set (absent keys are defaults), adding
 * problems to `errors`; a bad value keeps its value in `lastGood`.
 */
export function readParams(
  entries: ReadonlyArray<[string, string]>,
  prefix: string,
  errors: FieldError[],
  lastGood: Params = defaultParams(),
): Params {
  let params = defaultParams();
  for (const [key, text] of entries) {
    const path = key.slice(prefix.length);
    const row = findParam(path);
    if (!row) {
      errors.push({ path: showName(key), message: `${showText(path)} is not a parameter` });
      continue;
    }
    const parsed = parseParamText(row, text);
    if (parsed.ok) params = setParam(params, path, parsed.value);
    else {
      errors.push({ path: key, message: `${row.spec.label} ${parsed.message}` });
      params = keepValue(params, lastGood, path);
    }
  }
  return params;
}

const keepValue = (params: Params, lastGood: Params, path: string): Params => {
  const value = getParam(lastGood, path);
  return value === undefined ? params : setParam(params, path, value);
};

/**
 * Like readParams, then checks the cross-field rules: the fields a broken rule names keep their `lastGood`
 * values; if the set still breaks a rule, the whole set stays as `lastGood`. Every problem is named.
 */
export function readConsistentParams(
  entries: ReadonlyArray<[string, string]>,
  prefix: string,
  lastGood: Params,
  errors: FieldError[],
): Params {
  const params = readParams(entries, prefix, errors, lastGood);
  const broken = paramConstraintErrors(params);
  if (broken.length === 0) return params;
  errors.push(...broken.map((error) => ({ ...error, path: `${prefix}${error.path}` })));
  const repaired = broken.reduce((next, error) => keepValue(next, lastGood, error.path), params);
  return paramConstraintErrors(repaired).length === 0 ? repaired : lastGood;
}
