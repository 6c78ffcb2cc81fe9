// Runs the table's cross-field rules on every resolved row and reports each problem once, at the scenario field
// that set the offending value (a variant's params, a sweep axis, a --set, ...), with the rows it affects.
import { type FieldError, paramConstraintErrors } from '../params/constraints';
import type { ParamScalar } from './paramSchema';
import { type ResolvedRow, resolveRows } from './resolve';
import type { Scenario } from './types';

function describeRow(row: ResolvedRow): string {
  const point = Object.entries(row.point).map(([path, value]) => `${path} = ${String(value)}`);
  return [`variant "${row.variant}"`, ...point].join(', ');
}

/** Cross-field errors over every row of a scenario (with the given overrides), each reported once. */
export function rowConstraintErrors(
  scenario: Scenario,
  overrides: Readonly<Record<string, ParamScalar>> = {},
): FieldError[] {
  const rows = resolveRows(scenario, overrides);
  const found = new Map<string, { error: FieldError; firstRow: ResolvedRow; rowCount: number }>();
  for (const row of rows) {
    for (const error of paramConstraintErrors(row.params)) {
      const path = row.origins[error.path] ?? `${error.path} (table default)`;
      const key = `${path}\u0000${error.message}`;
      const entry = found.get(key);
      if (entry) entry.rowCount += 1;
      else found.set(key, { error: { path, message: error.message }, firstRow: row, rowCount: 1 });
    }
  }
  return [...found.values()].map(({ error, firstRow, rowCount }) => {
    const where =
      rows.length > 1 ? ` (in ${rowCount} of ${rows.length} rows, first: ${describeRow(firstRow)})` : '';
    return { path: error.path, message: `${error.message}${where}` };
  });
}
