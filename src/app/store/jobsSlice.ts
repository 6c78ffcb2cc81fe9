// Store slice for long computations the user can watch and stop: their status and progress. Schedulers write
// it as jobs run; the progress bar reads it; "Cancel" and "Run again" only record the wish, which the job's
// scheduler acts on (it owns the worker).
import type { StateCreator } from 'zustand';

/** The app's long jobs. */
export const JOB_KEYS = ['bands', 'scenario', 'matrix', 'claim'] as const;

/** One of the long jobs. */
export type JobKey = (typeof JOB_KEYS)[number];

/** Where a job stands; "queued" means the user asked for a run the scheduler has not started yet. */
export type JobStatus = 'idle' | 'queued' | 'running' | 'done' | 'cancelled' | 'error';

/** A job's state: what it is doing and how far it got (total 0 when the amount of work is unknown). */
export interface JobState {
  status: JobStatus;
  /** What is being computed, e.g. "Monte Carlo bands". */
  label: string;
  doneCount: number;
  totalCount: number;
}

const IDLE: JobState = { status: 'idle', label: '', doneCount: 0, totalCount: 0 };

/** Job states and their updaters. */
export interface JobsSlice {
  jobs: Record<JobKey, JobState>;
  /** A scheduler started `key` (progress unknown until the first report). */
  startJob: (key: JobKey, label: string) => void;
  progressJob: (key: JobKey, doneCount: number, totalCount: number) => void;
  /** A scheduler finished `key`, with results or with an error. */
  endJob: (key: JobKey, status: 'done' | 'error' | 'idle') => void;
  /** The user stopped `key` (only a running or queued job changes). */
  cancelJob: (key: JobKey) => void;
  /** The user asked to run `key` again. */
  queueJob: (key: JobKey) => void;
}

const withJob = (jobs: Record<JobKey, JobState>, key: JobKey, job: Partial<JobState>) => ({
  jobs: { ...jobs, [key]: { ...jobs[key], ...job } },
});

/** Creates the jobs slice. */
export const createJobsSlice: StateCreator<JobsSlice, [], [], JobsSlice> = (set) => ({
  jobs: { bands: IDLE, scenario: IDLE, matrix: IDLE, claim: IDLE },
  startJob: (key, label) =>
    set((state) => withJob(state.jobs, key, { status: 'running', label, doneCount: 0, totalCount: 0 })),
  progressJob: (key, doneCount, totalCount) =>
    set((state) =>
      state.jobs[key].status === 'running' ? withJob(state.jobs, key, { doneCount, totalCount }) : {},
    ),
  endJob: (key, status) => set((state) => withJob(state.jobs, key, { status })),
  cancelJob: (key) =>
    set((state) => {
      const { status } = state.jobs[key];
      return status === 'running' || status === 'queued'
        ? withJob(state.jobs, key, { status: 'cancelled' })
        : {};
    }),
  queueJob: (key) => set((state) => withJob(state.jobs, key, { status: 'queued' })),
});
