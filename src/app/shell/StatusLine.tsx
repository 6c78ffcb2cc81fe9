// One line saying whether results are current and how long the worker took, with the Monte Carlo pass's
// progress and Cancel button while it runs, and a button to compute the bands again after a cancel.
import { formatSignificant } from '../format/formatNumber';
import type { ComputeStatus } from '../store/resultsSlice';
import { useApp } from '../store/StoreContext';
import { JobProgress } from './JobProgress';

/** The sentence shown for a status. */
export function statusText(status: ComputeStatus, computeMs: number, errorMessage: string | null): string {
  switch (status) {
    case 'idle':
      return 'Starting…';
    case 'computing':
      return 'Computing…';
    case 'refining':
      return 'Expected values shown; the Monte Carlo bands follow when the input rests.';
    case 'partial':
      return 'Expected values shown; the Monte Carlo bands were cancelled.';
    case 'ready':
      return `Up to date (Monte Carlo pass took ${formatSignificant(computeMs)} ms in a background worker)`;
    case 'error':
      return `The simulation failed: ${errorMessage ?? 'unknown error'}`;
  }
  return '';
}

/** Live status of the computation. */
export function StatusLine() {
  const status = useApp((state) => state.status);
  const computeMs = useApp((state) => state.computeMs);
  const errorMessage = useApp((state) => state.errorMessage);
  const queueJob = useApp((state) => state.queueJob);
  return (
    <div className="status-row">
      <p className={`status status-${status}`} role="status" data-testid="status" data-status={status}>
        {statusText(status, computeMs, errorMessage)}
      </p>
      {status === 'partial' && (
        <button type="button" onClick={() => queueJob('bands')}>
          Compute the bands
        </button>
      )}
      <JobProgress job="bands" />
    </div>
  );
}
