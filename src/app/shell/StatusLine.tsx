// One line saying whether results are current, and how long the worker took.
import { formatSignificant } from '../format/formatNumber';
import type { ComputeStatus } from '../store/resultsSlice';
import { useApp } from '../store/StoreContext';

/** The sentence shown for a status. */
export function statusText(status: ComputeStatus, computeMs: number, errorMessage: string | null): string {
  switch (status) {
    case 'idle':
      return 'Starting…';
    case 'computing':
      return 'Computing…';
    case 'refining':
      return 'Expected values shown; computing the Monte Carlo bands…';
    case 'ready':
      return `Up to date (Monte Carlo pass took ${formatSignificant(computeMs)} ms in a background worker)`;
    case 'error':
      return `The simulation failed: ${errorMessage ?? 'unknown error'}`;
  }
}

/** Live status of the computation. */
export function StatusLine() {
  const status = useApp((state) => state.status);
  const computeMs = useApp((state) => state.computeMs);
  const errorMessage = useApp((state) => state.errorMessage);
  return (
    <p className={`status status-${status}`} role="status" data-testid="status" data-status={status}>
      {statusText(status, computeMs, errorMessage)}
    </p>
  );
}
