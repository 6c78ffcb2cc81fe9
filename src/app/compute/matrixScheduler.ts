// Computes the synergy matrix in a stoppable worker, cell by cell with progress, when the Matrix view shows
// and its thresholds have no result yet.
import type { AppStore } from '../store/store';
import type { JobRunner } from './jobRunner';
import { startJobScheduler } from './jobScheduler';

/** Starts the matrix scheduler; returns a function that stops it. */
export function startMatrixScheduler(store: AppStore, runner: JobRunner): () => void {
  return startJobScheduler(store, runner, {
    job: 'matrix',
    label: 'Computing the matrix cells',
    want: (state) => {
      if (state.view !== 'matrix') return null;
      const thresholds = state.matrixThresholds;
      return { key: thresholds, request: { kind: 'matrix', thresholds } };
    },
    onResult: (target, response, key) => {
      if (response.kind === 'matrix' && target.getState().matrixThresholds === key)
        target.getState().storeMatrix(response.result);
    },
    onError: (target, message, fieldErrors) =>
      target.getState().storeMatrixError([message, ...fieldErrors.map((error) => error.message)].join('; ')),
  });
}
