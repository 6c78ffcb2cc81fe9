// A progress bar with a Cancel button for a long job (bands, scenario runs, the matrix, claim checks). It
// appears only while the job runs (the CSS shows it after a moment, so quick jobs never flash a bar); after a
// cancel it offers to run the job again.
import type { JobKey } from '../store/jobsSlice';
import { useApp } from '../store/StoreContext';

/** The progress of `job` and a button that stops it, or nothing when it is not running. */
export function JobProgress({ job }: { job: JobKey }) {
  const state = useApp((app) => app.jobs[job]);
  const cancelJob = useApp((app) => app.cancelJob);
  const queueJob = useApp((app) => app.queueJob);
  if (state.status === 'cancelled' && job !== 'bands') {
    return (
      <div className="job-progress job-stopped" role="status" data-testid={`stopped-${job}`}>
        <span>{state.label}: cancelled.</span>
        <button type="button" onClick={() => queueJob(job)}>
          Run again
        </button>
      </div>
    );
  }
  if (state.status !== 'running') return null;
  const known = state.totalCount > 0;
  const percent = known ? Math.round((100 * state.doneCount) / state.totalCount) : null;
  return (
    <div className="job-progress" role="status" data-testid={`progress-${job}`}>
      <span className="job-label">
        {state.label}
        {known ? ` (${state.doneCount} of ${state.totalCount})` : '…'}
      </span>
      <progress
        max={known ? state.totalCount : undefined}
        value={known ? state.doneCount : undefined}
        aria-label={state.label}
        aria-valuetext={percent === null ? 'working' : `${percent}%`}
      />
      <button type="button" onClick={() => cancelJob(job)} data-testid={`cancel-${job}`}>
        Cancel
      </button>
    </div>
  );
}
