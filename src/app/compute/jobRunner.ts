// Runs long jobs (Monte Carlo bands, scenario runs, the matrix, claim checks) in a worker that can be stopped:
// cancelling, or starting a newer job while one runs, terminates the worker, so superseded work stops at once
// instead of finishing in the background. A fresh worker is started for the next job.
import type { FieldError } from '../../core/params/constraints';
import type { PendingRequest } from '../../worker/protocol';
import { createWorkerClient, type RequestPort, type SuccessResponse } from './workerClient';

/** What a caller hears about one job. */
export interface JobHandlers {
  onResult: (response: SuccessResponse) => void;
  onError: (message: string, fieldErrors: FieldError[]) => void;
  onProgress?: (done: number, total: number) => void;
}

/** A one-job-at-a-time runner whose running job can be stopped. */
export interface JobRunner {
  /** Starts `request`, stopping any job still running (its handlers are never called). */
  run: (request: PendingRequest, handlers: JobHandlers) => void;
  /** Stops the running job, if any; its handlers are never called. */
  cancel: () => void;
  /** Whether a job is running. */
  isRunning: () => boolean;
  /** Stops everything. */
  close: () => void;
}

/** Creates a runner that makes a port (a worker) with `makePort` when it first needs one. */
export function createJobRunner(makePort: () => RequestPort): JobRunner {
  let client: ReturnType<typeof createWorkerClient<JobHandlers>> | null = null;
  let running = false;

  const stop = () => {
    client?.close();
    client = null;
    running = false;
  };

  return {
    run: (request, handlers) => {
      if (running) stop();
      client ??= createWorkerClient<JobHandlers>(makePort(), {
        onResult: (response, job) => {
          running = false;
          job.onResult(response);
        },
        onError: (message, fieldErrors, job) => {
          running = false;
          job.onError(message, fieldErrors);
        },
        onProgress: (done, total, job) => job.onProgress?.(done, total),
      });
      running = true;
      client.submit(request, handlers);
    },
    cancel: () => {
      if (running) stop();
    },
    isRunning: () => running,
    close: stop,
  };
}
