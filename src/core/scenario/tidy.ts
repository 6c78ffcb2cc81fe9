// Flattens a scenario result into tidy rows, one per variant x sweep point: the variant, whether it can run
// ("feasible", with the reasons in "infeasibleReason"), every parameter as
// "group.name", every metric, Monte Carlo bands as "metric.p10/.p50/.p90", the model-error band of each metric
// with an error area ("metric.modelErrorLow/.modelErrorHigh/.modelErrorArea"), labels as "label.name", warnings.
// Machine output (CSV, JSON) and downloads are built from this.
import { getParam, PARAMETER_ROWS } from '../params/table';
import { modelErrorCells } from './modelErrorCells';
import { PERCENTILE_SUFFIXES } from './select';
import type { ScenarioResult, ScenarioRow } from './types';

/** One cell: a number (possibly not finite), a string, a boolean, or null when the row lacks the column. */
export type TidyCell = number | string | boolean | null;

/** Column names in order, and one record per row with every column present. */
export interface TidyTable {
  columns: string[];
  records: Array<Record<string, TidyCell>>;
}

/** Keys in order of first appearance over rows. */
function keysInOrder(rows: readonly ScenarioRow[], keysOf: (row: ScenarioRow) => string[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of keysOf(row)) seen.add(key);
  return [...seen];
}

function rowCells(row: ScenarioRow): Record<string, TidyCell> {
  const cells: Record<string, TidyCell> = {
    variant: row.variant,
    feasible: row.result.feasible,
    infeasibleReason: row.result.infeasibleReasons.join('; '),
  };
  for (const param of PARAMETER_ROWS) cells[param.path] = getParam(row.params, param.path) ?? null;
  Object.assign(cells, row.result.metrics);
  for (const [metric, band] of Object.entries(row.result.bands)) {
    for (const suffix of PERCENTILE_SUFFIXES) cells[`${metric}.${suffix}`] = band[suffix];
  }
  Object.assign(cells, modelErrorCells(row));
  for (const [name, label] of Object.entries(row.result.labels)) cells[`label.${name}`] = label;
  cells.warnings = row.result.warnings.join('; ');
  return cells;
}

/** The tidy table of a result; the same result always gives the same columns in the same order. */
export function tidyTable(result: ScenarioResult): TidyTable {
  const { rows } = result;
  const columns = [
    'variant',
    'feasible',
    'infeasibleReason',
    ...PARAMETER_ROWS.map((param) => param.path),
    ...keysInOrder(rows, (row) => Object.keys(row.result.metrics)),
    ...keysInOrder(rows, (row) =>
      Object.keys(row.result.bands).flatMap((metric) =>
        PERCENTILE_SUFFIXES.map((suffix) => `${metric}.${suffix}`),
      ),
    ),
    ...keysInOrder(rows, (row) => Object.keys(modelErrorCells(row))),
    ...keysInOrder(rows, (row) => Object.keys(row.result.labels).map((name) => `label.${name}`)),
    'warnings',
  ];
  const records = rows.map((row) => {
    const cells = rowCells(row);
    return Object.fromEntries(columns.map((column) => [column, cells[column] ?? null]));
  });
  return { columns, records };
}
