// The Matrix view's own settings in a link: its thresholds ("matrix=strong,weak,robust", written only when they
// differ from the defaults) and the cell being read ("cell=row.column").

import { DEFAULT_MATRIX_THRESHOLDS, thresholdProblems } from '../../core/matrix/scoring';
import type { MatrixColumnId, MatrixRowId, MatrixThresholds } from '../../core/matrix/types';
import type { FieldError } from '../../core/params/constraints';
import { showText } from '../../core/scenario/limits';

const ROWS: readonly MatrixRowId[] = ['privacy', 'verifiability', 'performance'];
const COLUMNS: readonly MatrixColumnId[] = ['decentralization', 'security', 'scalability'];
const THRESHOLD_KEYS = ['strongMinScore', 'weakMaxScore', 'robustMinShareFraction'] as const;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Whether two threshold sets are equal value by value. */
export function sameThresholds(a: Readonly<MatrixThresholds>, b: Readonly<MatrixThresholds>): boolean {
  return THRESHOLD_KEYS.every((key) => a[key] === b[key]);
}

/** Link text of `thresholds`, or null when they are the defaults. */
export function thresholdsText(thresholds: Readonly<MatrixThresholds>): string | null {
  if (sameThresholds(thresholds, DEFAULT_MATRIX_THRESHOLDS)) return null;
  return THRESHOLD_KEYS.map((key) => String(thresholds[key])).join(',');
}

/** Thresholds of link text `text` (defaults when absent); `fallback` when the text is bad, named in `errors`. */
export function readThresholds(
  text: string | null,
  fallback: Readonly<MatrixThresholds>,
  errors: FieldError[],
): MatrixThresholds {
  if (text === null) return { ...DEFAULT_MATRIX_THRESHOLDS };
  const parts = text.split(',');
  const numbers = parts.map((part) => (DECIMAL.test(part) ? Number(part) : Number.NaN));
  const [strongMinScore = Number.NaN, weakMaxScore = Number.NaN, robustMinShareFraction = Number.NaN] =
    numbers;
  const thresholds = { strongMinScore, weakMaxScore, robustMinShareFraction };
  const problems =
    parts.length !== 3 || numbers.some((value) => !Number.isFinite(value))
      ? ['needs three numbers: strong, weak, robust share (e.g. 0.5,-0.5,0.8)']
      : thresholdProblems(thresholds);
  if (problems.length === 0) return thresholds;
  errors.push({ path: 'matrix', message: `${problems.join('; ')}; got ${showText(text)}` });
  return { ...fallback };
}

/** The matrix cell of link text `text` ("" when absent); `fallback` when it names no cell. */
export function readMatrixCell(text: string | null, fallback: string, errors: FieldError[]): string {
  if (text === null) return '';
  const [row = '', column = '', ...rest] = text.split('.');
  if (rest.length === 0 && ROWS.includes(row as MatrixRowId) && COLUMNS.includes(column as MatrixColumnId))
    return text;
  errors.push({
    path: 'cell',
    message: `${showText(text)} is not a matrix cell: use row.column with rows ${ROWS.join(', ')} and columns ${COLUMNS.join(', ')}`,
  });
  return fallback;
}
