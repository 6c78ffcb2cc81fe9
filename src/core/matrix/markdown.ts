// The computed matrix as Markdown for docs/matrix.md (scripts/write-matrix-doc.ts writes it between markers):
// the 3 x 3 table, then one section per cell with the knob, the values along it, the verdict and its reasons.
import { formatNumber } from '../scenario/formatNumber';
import type { MatrixResult } from './computeMatrix';
import {
  agreementText,
  formatScore,
  formatShare,
  MATRIX_COLUMN_IDS,
  MATRIX_ROW_IDS,
  robustnessText,
  thresholdsText,
} from './report';
import type { CellResult, SensitivityInput } from './types';

/** Whole numbers below this are written out in full (token counts, node counts), larger ones rounded. */
const EXACT_INTEGER_LIMIT = 1e7;

/** A knob value as text: whole numbers exactly, other numbers in the project's format, choices as written. */
function valueText(value: number | string | boolean): string {
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) && Math.abs(value) < EXACT_INTEGER_LIMIT
    ? String(value)
    : formatNumber(value);
}

/** Pipes and line breaks would break a Markdown table cell. */
function tableText(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function summaryCell(cell: CellResult | undefined): string {
  if (!cell) return '-';
  return `**${cell.rating}** ${formatScore(cell.score)}<br>${agreementText(cell)}<br>${robustnessText(cell)}`;
}

/** The 3 x 3 table in Markdown. */
export function matrixTableMarkdown(result: MatrixResult): string {
  const header = `| | ${MATRIX_COLUMN_IDS.join(' | ')} |`;
  const rule = `|---|${MATRIX_COLUMN_IDS.map(() => '---').join('|')}|`;
  const rows = MATRIX_ROW_IDS.map((row) => {
    const cells = MATRIX_COLUMN_IDS.map((column) =>
      summaryCell(result.cells.find((cell) => cell.row === row && cell.column === column)),
    );
    return `| **${row}** | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

function inputText(input: SensitivityInput): string {
  if (input.kind === 'parameter') {
    return `\`${input.path}\` in {${input.values.map(String).join(', ')}} (${input.rangeSource})`;
  }
  const labels = input.alternatives.map((alternative) => alternative.label).join('; ');
  return `${input.name}: ${labels} (${input.rangeSource})`;
}

function pointsTable(cell: CellResult): string {
  const header = `| knob point | ${cell.rowMetric.label} (${cell.rowMetric.unit}) | ${cell.columnMeasure.label} (${cell.columnMeasure.unit}) |`;
  const rows = cell.points.map(
    (point) =>
      `| ${tableText(point.label)} | ${formatNumber(point.rowMetricValue)} | ${formatNumber(point.columnMeasureValue)} |`,
  );
  return [header, '|---|---|---|', ...rows].join('\n');
}

/** One section per cell. */
export function cellMarkdown(cell: CellResult): string {
  const axes = cell.knob.axes
    .map((axis) => `\`${axis.path}\` = ${axis.values.map(valueText).join(', ')}`)
    .join('; ');
  const robustness = cell.robustness;
  const lines = [
    `### ${cell.row} x ${cell.column}`,
    '',
    `- Scenario: \`scenarios/matrix/${cell.scenarioId}.json\``,
    `- Knob: ${cell.knob.label}. ${cell.knob.rationale}`,
    `- Sweep: ${axes}`,
    `- Technique bundle: ${cell.bundle.label}. ${cell.bundle.reason}`,
    `- Row metric: ${cell.rowMetric.label} (\`${cell.rowMetric.name}\`, ${cell.rowMetric.better} is better)`,
    '',
    pointsTable(cell),
    '',
    `Score ${formatScore(cell.score)}: **${cell.rating}**; ${agreementText(cell)}; ${robustnessText(cell)}.`,
    '',
    cell.explanation,
  ];
  if (robustness) {
    lines.push(
      '',
      `Sensitivity inputs (${robustness.runCount} runs, ${formatShare(robustness.keptShareFraction)} keep the rating):`,
      '',
    );
    lines.push(...robustness.inputs.map((input) => `- ${inputText(input)}`));
  }
  return lines.join('\n');
}

/** The whole generated part of docs/matrix.md. */
export function matrixMarkdown(result: MatrixResult): string {
  return [
    `Thresholds: ${thresholdsText(result.thresholds)}.`,
    '',
    matrixTableMarkdown(result),
    '',
    ...result.cells.map(cellMarkdown).flatMap((section) => [section, '']),
  ]
    .join('\n')
    .trimEnd();
}
