// Runs one kind of long job for the store: when the wanted request changes it starts it in a stoppable worker
// (stopping a superseded run), reports progress to the jobs slice, stops on "Cancel" and runs again on
// "Run again". The scenario, matrix and claim views each use one.
import type { FieldError } from '../../core/params/constraints';
import type { PendingRequest } from '../../worker/protocol';
import type { JobKey } from '../store/jobsSlice';
import type { AppState, AppStore } from '../store/store';
import type { JobRunner } from './jobRunner';
import type { SuccessResponse } from './workerClient';

/** The request a view wants now; a `key` of another identity starts a new run. */
export interface WantedJob {
  key: unknown;
  request: PendingRequest;
}

/** How one kind of job is wanted and where its results go. */
export interface JobSpec {
  job: JobKey;
  label: string;
  /** The wanted request, or null when nothing should run (nothing open, or the view is not showing). */
  want: (state: AppState) => WantedJob | null;
  /** Called when a run starts (to mark the view busy). */
  onStart?: (store: AppStore, key: unknown) => void;
  /** Stores a result; `key` is the wanted key it answers. */
  onResult: (store: AppStore, response: SuccessResponse, key: unknown) => void;
  onError: (store: AppStore, message: string, fieldErrors: FieldError[], key: unknown) => void;
}

/** Starts the scheduler of `spec` on `runner`; returns a function that stops it. */
export function startJobScheduler(store: AppStore, runner: JobRunner, spec: JobSpec): () => void {
  let submittedKey: unknown = null;

  const start = (wanted: WantedJob) => {
    submittedKey = wanted.key;
    store.getState().startJob(spec.job, spec.label);
    spec.onStart?.(store, wanted.key);
    runner.run(wanted.request, {
      onProgress: (done, total) => store.getState().progressJob(spec.job, done, total),
      onResult: (response) => {
        store.getState().endJob(spec.job, 'done');
        spec.onResult(store, response, wanted.key);
      },
      onError: (message, fieldErrors) => {
        store.getState().endJob(spec.job, 'error');
        spec.onError(store, message, fieldErrors, wanted.key);
      },
    });
  };

  const update = (state: AppState, previous: AppState | null) => {
    const status = state.jobs[spec.job].status;
    const changed = previous === null || previous.jobs[spec.job].status !== status;
    if (changed && status === 'cancelled') {
      runner.cancel();
      return;
    }
    const wanted = spec.want(state);
    if (!wanted) return;
    if ((changed && status === 'queued') || wanted.key !== submittedKey) start(wanted);
  };

  update(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => update(state, previous));
  return () => {
    unsubscribe();
    runner.close();
  };
}
