// Store slice of the Matrix view: the scoring thresholds, the computed matrix and the cell being read.
import type { StateCreator } from 'zustand';
import type { MatrixResult, MatrixThresholds } from '../../core/matrix/index';
// The scoring module alone, so the main bundle does not carry the matrix's cells and engine calls.
import { DEFAULT_MATRIX_THRESHOLDS } from '../../core/matrix/scoring';

/** Matrix-view state and its updaters. */
export interface MatrixSlice {
  /** Thresholds the matrix is computed with (a new object starts a new computation). */
  matrixThresholds: MatrixThresholds;
  matrixResult: MatrixResult | null;
  matrixError: string | null;
  /** The cell whose details are shown, as "row.column" ("" for none). */
  matrixCell: string;
  setMatrixThresholds: (thresholds: MatrixThresholds) => void;
  storeMatrix: (result: MatrixResult) => void;
  storeMatrixError: (message: string) => void;
  selectMatrixCell: (cell: string) => void;
}

/** Creates the matrix slice. */
export const createMatrixSlice: StateCreator<MatrixSlice, [], [], MatrixSlice> = (set) => ({
  matrixThresholds: { ...DEFAULT_MATRIX_THRESHOLDS },
  matrixResult: null,
  matrixError: null,
  matrixCell: '',
  setMatrixThresholds: (matrixThresholds) => set({ matrixThresholds }),
  storeMatrix: (matrixResult) => set({ matrixResult, matrixError: null }),
  storeMatrixError: (matrixError) => set({ matrixError }),
  selectMatrixCell: (matrixCell) => set({ matrixCell }),
});
