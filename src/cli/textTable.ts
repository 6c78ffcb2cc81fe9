// The readable table `run` prints: one line per row with the variant, the swept values, whether the
// configuration can run, and the key metrics (label from the metric catalog), with P10-P90 after the value
// when Monte Carlo ran. Values are written as the app writes them (586k tokens/s, 2.5 min, 43.3%). A row that
// cannot run is marked INFEASIBLE, shows no metrics, and its reasons are listed under the table.

import { formatQuantity, formatQuantityRange } from '../core/format/readable';
import { findMetric } from '../core/metrics/catalog';
import { formatNumber } from '../core/scenario/formatNumber';
import type { Scenario, ScenarioResult, ScenarioRow } from '../core/scenario/types';

/** Metrics shown in the readable table, in order; the rest are in --json and --csv. */
export const KEY_METRICS = [
  'stepTimeS',
  'throughputTokensPerS',
  'utilizationFraction',
  'slowdownVsDatacentreRatio',
  'timeToFinishS',
  'costPerMillionTokensUsd',
] as const;

function metricHeader(name: string): string {
  return findMetric(name)?.label ?? name;
}

/** The value with its unit in the one readable format (src/core/format/readable.ts), P10-P90 after it. */
function metricCell(row: ScenarioRow, name: string): string {
  const value = row.result.metrics[name];
  if (value === undefined) return '-';
  const unit = findMetric(name)?.unit ?? '';
  const band = row.result.bands[name];
  const text = formatQuantity(value, unit);
  if (!band || formatQuantity(band.p10, unit) === formatQuantity(band.p90, unit)) return text;
  return `${text} [${formatQuantityRange(band.p10, band.p90, unit)}]`;
}

function pointCell(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** Columns padded to their widest cell; numbers right-aligned, text left-aligned. */
function layout(header: string[], body: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[], alignRight: (column: number) => boolean) =>
    cells
      .map((cell, column) =>
        alignRight(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header, () => false), rule, ...body.map((cells) => line(cells, (column) => column > 0))].join(
    '\n',
  );
}

/** The readable report of a run: a heading, the table, and any warnings. */
export function formatRunTable(scenario: Scenario, result: ScenarioResult): string {
  const axes = scenario.sweep?.axes.map((axis) => axis.path) ?? [];
  const monteCarlo = scenario.monteCarlo;
  const banded = (monteCarlo?.runCount ?? 0) > 0;
  const heading = [
    `${scenario.id}: ${scenario.title}`,
    `seed "${result.seed}", ${result.rows.length} row${result.rows.length === 1 ? '' : 's'}` +
      (banded
        ? `, Monte Carlo ${monteCarlo?.runCount} runs x ${monteCarlo?.stepCount} steps ([P10-P90] after values)`
        : ', analytic only'),
  ];
  const header = ['variant', ...axes, 'runs', ...KEY_METRICS.map(metricHeader)];
  const body = result.rows.map((row) => [
    row.variant,
    ...axes.map((path) => pointCell(row.point[path])),
    row.result.feasible ? 'yes' : 'INFEASIBLE',
    ...KEY_METRICS.map((name) => (row.result.feasible ? metricCell(row, name) : '-')),
  ]);
  const warnings = [
    ...new Set(
      result.rows.flatMap((row) => {
        const where = [row.variant, ...axes.map((path) => `${path} = ${pointCell(row.point[path])}`)].join(
          ', ',
        );
        return row.result.warnings.map((warning) => `  [${where}] ${warning}`);
      }),
    ),
  ];
  const warningBlock = warnings.length > 0 ? `\nwarnings:\n${warnings.join('\n')}\n` : '';
  return `${heading.join('\n')}\n\n${layout(header, body)}\n${warningBlock}`;
}
