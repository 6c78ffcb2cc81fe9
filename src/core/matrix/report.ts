// Plain-text views of a computed matrix, shared by the CLI and the docs generator: the 3 x 3 table and one
// paragraph per cell. Pure string building; nothing here computes the model.
import { formatNumber } from '../scenario/formatNumber';
import type { MatrixResult } from './computeMatrix';
import type { CellResult, MatrixColumnId, MatrixRowId, MatrixThresholds } from './types';

/** Rows and columns in reading order. */
export const MATRIX_ROW_IDS: readonly MatrixRowId[] = ['privacy', 'verifiability', 'performance'];
export const MATRIX_COLUMN_IDS: readonly MatrixColumnId[] = ['decentralization', 'security', 'scalability'];

/** A score with its sign and two decimals, e.g. "+0.96". */
export function formatScore(score: number): string {
  if (Number.isNaN(score)) return 'n/a';
  return `${score >= 0 ? '+' : ''}${score.toFixed(2)}`;
}

/** A share as a whole percentage, for labels only. */
export function formatShare(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** What the article says next to what the model computed: "article strong: agree" or "model's own". */
export function agreementText(cell: CellResult): string {
  if (cell.agreement === 'not-rated') return "model's own rating";
  return `article ${cell.articleRating}: ${cell.agreement}`;
}

/** "robust (100% of 24 runs)" or "not checked". */
export function robustnessText(cell: CellResult): string {
  const robustness = cell.robustness;
  if (!robustness) return 'robustness not checked';
  return `${robustness.verdict} (${formatShare(robustness.keptShareFraction)} of ${robustness.runCount} runs)`;
}

/** One line stating the thresholds. */
export function thresholdsText(thresholds: Readonly<MatrixThresholds>): string {
  return `strong >= ${formatScore(thresholds.strongMinScore)}, weak <= ${formatScore(thresholds.weakMaxScore)}, medium between; robust when at least ${formatShare(thresholds.robustMinShareFraction)} of sensitivity runs keep the rating`;
}

function findCell(result: MatrixResult, row: MatrixRowId, column: MatrixColumnId): CellResult | undefined {
  return result.cells.find((cell) => cell.row === row && cell.column === column);
}

function cellLines(cell: CellResult | undefined): string[] {
  if (!cell) return ['-', '', ''];
  return [`${cell.rating} ${formatScore(cell.score)}`, agreementText(cell), robustnessText(cell)];
}

/** The 3 x 3 table: for each cell its rating and score, the article's verdict, and robustness. */
export function formatMatrixTable(result: MatrixResult): string {
  const grid = MATRIX_ROW_IDS.map((row) =>
    MATRIX_COLUMN_IDS.map((column) => cellLines(findCell(result, row, column))),
  );
  const rowWidth = Math.max(...MATRIX_ROW_IDS.map((row) => row.length)) + 2;
  const columnWidth = Math.max(
    ...MATRIX_COLUMN_IDS.map((column) => column.length),
    ...grid.flat(2).map((text) => text.length),
  );
  const pad = (text: string, width: number) => text.padEnd(width);
  const header = pad('', rowWidth) + MATRIX_COLUMN_IDS.map((column) => pad(column, columnWidth + 2)).join('');
  const body = MATRIX_ROW_IDS.flatMap((row, rowIndex) => {
    const cells = grid[rowIndex] ?? [];
    return [0, 1, 2].map(
      (line) =>
        pad(line === 0 ? row : '', rowWidth) +
        cells.map((lines) => pad(lines[line] ?? '', columnWidth + 2)).join(''),
    );
  });
  return [header.trimEnd(), ...body.map((line) => line.trimEnd())].join('\n');
}

/** The row metric along the knob, e.g. "0.0026 (1 operator...) -> 8.7e-9 (64 operators...)". */
export function valuesText(cell: CellResult): string {
  return cell.points.map((point) => `${formatNumber(point.rowMetricValue)} (${point.label})`).join(' -> ');
}

/** One paragraph per cell: id, knob, bundle, values along the knob, verdict and explanation. */
export function formatCellDetails(cell: CellResult): string {
  const measure = cell.points.map((point) => formatNumber(point.columnMeasureValue)).join(', ');
  return [
    `${cell.row} x ${cell.column} (scenarios/matrix/${cell.scenarioId}.json)`,
    `  knob: ${cell.knob.label}`,
    `  bundle: ${cell.bundle.label}`,
    `  ${cell.rowMetric.label} (${cell.rowMetric.unit}, ${cell.rowMetric.better} is better): ${valuesText(cell)}`,
    `  ${cell.columnMeasure.label} along the knob: ${measure}`,
    `  score ${formatScore(cell.score)}: ${cell.rating}; ${agreementText(cell)}; ${robustnessText(cell)}`,
    `  ${cell.explanation}`,
  ].join('\n');
}
