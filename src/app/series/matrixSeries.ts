// Prepares the synergy matrix for display: each cell's score, rating, the article's rating, agreement and
// robustness as text, and a heat colour from the score. Reads the computed matrix; computes no model.
import type { CellResult, MatrixColumnId, MatrixResult, MatrixRowId } from '../../core/matrix/index';
import { formatScore, formatShare } from '../../core/matrix/report';
import { OKABE_ITO } from '../charts/palette';

/** One cell as the grid shows it. */
export interface MatrixCellView {
  /** "row.column", e.g. "privacy.decentralization". */
  key: string;
  row: MatrixRowId;
  column: MatrixColumnId;
  scoreText: string;
  rating: CellResult['rating'];
  articleRating: CellResult['articleRating'];
  agreement: CellResult['agreement'];
  /** "robust, 100% of 24 runs" or "fragile, 58% of 24 runs"; "" before robustness is computed. */
  robustnessText: string;
  robust: boolean | null;
  /** The row's metric barely moves along the knob (|score| below FLAT_SCORE_MAX): "medium" there means no effect. */
  flat: boolean;
  /** What the grid writes on the cell beside the rating: fragile, or agreeing only because the metric is flat. */
  marks: Array<{ kind: 'fragile' | 'flat'; text: string }>;
  /** Background of the model's cell: vermillion for -1, white for 0, bluish green for +1. */
  heatColour: string;
  scenarioId: string;
}

/**
 * Scores of smaller magnitude count as a flat metric: the row's metric changes by less than 1% of its size from
 * one end of the knob to the other. A presentation judgement (the model's own "no change" is exactly 0); it
 * only marks cells, it changes no rating.
 */
export const FLAT_SCORE_MAX = 0.01;

/** The marks of a cell: fragile robustness, and a flat metric (which an agreement then rests on). */
function cellMarks(cell: CellResult, flat: boolean): MatrixCellView['marks'] {
  const marks: MatrixCellView['marks'] = [];
  const robustness = cell.robustness;
  if (robustness?.verdict === 'fragile')
    marks.push({
      kind: 'fragile',
      text: `⚠ fragile: ${formatShare(robustness.keptShareFraction)} of ${robustness.runCount} runs keep it`,
    });
  if (flat)
    marks.push({
      kind: 'flat',
      text:
        cell.agreement === 'agree'
          ? '≈ agrees only because the metric is flat'
          : '≈ flat: the metric does not move',
    });
  return marks;
}

/** Share of the full colour used at |score| = 1, so black text stays readable on every cell. */
const MAX_TINT_FRACTION = 0.75;

const channels = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

/** The heat colour of a score in [-1, 1] (grey when it is not a number). */
export function heatColour(score: number): string {
  if (Number.isNaN(score)) return '#d9d9d9';
  const clamped = Math.max(-1, Math.min(1, score));
  const target = channels(clamped >= 0 ? OKABE_ITO.bluishGreen : OKABE_ITO.vermillion);
  const tint = Math.abs(clamped) * MAX_TINT_FRACTION;
  const mixed = target.map((channel) => Math.round(255 + (channel - 255) * tint));
  return `rgb(${mixed.join(', ')})`;
}

/** The display of one computed cell. */
export function cellView(cell: CellResult): MatrixCellView {
  const robustness = cell.robustness;
  const flat = Number.isFinite(cell.score) && Math.abs(cell.score) < FLAT_SCORE_MAX;
  return {
    key: `${cell.row}.${cell.column}`,
    row: cell.row,
    column: cell.column,
    scoreText: formatScore(cell.score),
    rating: cell.rating,
    articleRating: cell.articleRating,
    agreement: cell.agreement,
    robustnessText: robustness
      ? `${robustness.verdict}, ${formatShare(robustness.keptShareFraction)} of ${robustness.runCount} runs`
      : '',
    robust: robustness ? robustness.verdict === 'robust' : null,
    flat,
    marks: cellMarks(cell, flat),
    heatColour: heatColour(cell.score),
    scenarioId: cell.scenarioId,
  };
}

/** Every cell of `result` by "row.column". */
export function matrixCells(result: MatrixResult): Map<string, MatrixCellView> {
  return new Map(result.cells.map((cell) => [`${cell.row}.${cell.column}`, cellView(cell)]));
}

/** "performance" -> "Performance". */
export function axisTitle(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}
