// Computes the whole synergy matrix: every cell with its robustness, under adjustable thresholds and cells.

import { MATRIX_CELLS } from './cells/index';
import { computeCell } from './computeCell';
import { cellRobustness, robustnessNote } from './robustness';
import { DEFAULT_MATRIX_THRESHOLDS } from './scoring';
import type { CellDefinition, CellResult, MatrixThresholds } from './types';

/** What to compute: thresholds and cells default to the documented ones. */
export interface MatrixOptions {
  thresholds?: Partial<MatrixThresholds>;
  /** Replacement cell definitions (for example with another knob); default MATRIX_CELLS. */
  cells?: readonly CellDefinition[];
  /** Skip the sensitivity runs (faster; cells then carry no robustness). */
  skipRobustness?: boolean;
}

/** The computed matrix: the thresholds used and one result per cell, in the order of the definitions. */
export interface MatrixResult {
  thresholds: MatrixThresholds;
  cells: CellResult[];
}

/** Computes every cell of the matrix. */
export function computeMatrix(options: MatrixOptions = {}): MatrixResult {
  const thresholds = { ...DEFAULT_MATRIX_THRESHOLDS, ...options.thresholds };
  const cells = (options.cells ?? MATRIX_CELLS).map((cell) => {
    const result = computeCell(cell, thresholds);
    if (options.skipRobustness) return result;
    const robustness = cellRobustness(cell, result.rating, thresholds);
    const explanation = `${result.explanation} ${robustnessNote(robustness, result.rating)}`;
    return { ...result, explanation, robustness };
  });
  return { thresholds, cells };
}
