// Deterministic CSV and JSON text of a scenario result. Numbers are written in the shortest form that reads
// back to the same value; numbers that are not finite are written as the strings "Infinity", "-Infinity" and
// "NaN" (JSON has no such numbers); a cell a row lacks is empty in CSV and null in JSON.
import { nonFiniteText } from './formatNumber';
import { type TidyCell, tidyTable } from './tidy';
import type { ScenarioResult } from './types';

function jsonCell(cell: TidyCell): TidyCell {
  return typeof cell === 'number' ? (nonFiniteText(cell) ?? cell) : cell;
}

function csvCell(cell: TidyCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? (nonFiniteText(cell) ?? String(cell)) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The result as CSV: a header of column names, then one line per row; lines end with "\n". */
export function resultToCsv(result: ScenarioResult): string {
  const { columns, records } = tidyTable(result);
  const lines = [columns, ...records.map((record) => columns.map((column) => record[column] ?? null))];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\n')}\n`;
}

/** The result as JSON: { scenarioId, seed, columns, rows }, one object per row with every column. */
export function resultToJson(result: ScenarioResult): string {
  const { columns, records } = tidyTable(result);
  const rows = records.map((record) =>
    Object.fromEntries(columns.map((column) => [column, jsonCell(record[column] ?? null)])),
  );
  return `${JSON.stringify({ scenarioId: result.scenarioId, seed: result.seed, columns, rows }, null, 2)}\n`;
}
