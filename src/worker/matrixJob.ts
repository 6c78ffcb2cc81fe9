// The synergy matrix in the worker: computed one cell at a time with the core's computeMatrix, so progress can
// be reported after each cell (the result equals computeMatrix over all cells at once).
import { computeMatrix, MATRIX_CELLS, type MatrixResult, thresholdProblems } from '../core/matrix/index';
import type { FinalResponse, MatrixRequest } from './protocol';
import type { ProgressReporter } from './runRequest';

/** Answers a matrix request; thresholds the core refuses come back as field errors. */
export function runMatrixRequest(
  request: MatrixRequest,
  nowMs: () => number,
  onProgress: ProgressReporter = () => undefined,
): FinalResponse {
  const startMs = nowMs();
  const problems = thresholdProblems(request.thresholds);
  if (problems.length > 0) {
    return {
      id: request.id,
      kind: 'error',
      message: 'the thresholds are not usable',
      fieldErrors: problems.map((message) => ({ path: 'thresholds', message })),
    };
  }
  const cells: MatrixResult['cells'] = [];
  onProgress(0, MATRIX_CELLS.length);
  for (const cell of MATRIX_CELLS) {
    cells.push(...computeMatrix({ thresholds: request.thresholds, cells: [cell] }).cells);
    onProgress(cells.length, MATRIX_CELLS.length);
  }
  const result: MatrixResult = { thresholds: { ...request.thresholds }, cells };
  return { id: request.id, kind: 'matrix', result, computeMs: nowMs() - startMs };
}
