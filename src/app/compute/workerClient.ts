// Talks to the simulation worker. Requests coalesce: while one is running, only the newest waiting request is
// kept, so dragging a slider never builds a queue and the chart always ends on the latest input.
import type { FieldError } from '../../core/params/constraints';
import type { RunRequest, RunResponse, WorkerResponse } from '../../worker/protocol';

/** A request before the client numbers it. */
export type PendingRequest = Omit<RunRequest, 'id'>;

/** Callbacks for finished requests; `Meta` is whatever the caller attached to the request answered. */
export interface WorkerClientHandlers<Meta> {
  onResult: (response: RunResponse, meta: Meta) => void;
  onError: (message: string, fieldErrors: FieldError[]) => void;
}

/** Something that can take a numbered request and answer with a response (a Worker, or a fake in tests). */
export interface RequestPort {
  post: (request: RunRequest) => void;
  listen: (onResponse: (response: WorkerResponse) => void) => void;
  close: () => void;
}

/** A latest-wins client over a request port. */
export interface WorkerClient<Meta> {
  /** Asks for a computation; replaces any request still waiting. `meta` comes back with the result. */
  submit: (request: PendingRequest, meta: Meta) => void;
  /** Stops the worker. */
  close: () => void;
}

/** Creates the port of a real module worker running src/worker/simulation.worker.ts. */
export function createWorkerPort(): RequestPort {
  const worker = new Worker(new URL('../../worker/simulation.worker.ts', import.meta.url), {
    type: 'module',
  });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onResponse) => {
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => onResponse(event.data);
      worker.onerror = (event) =>
        onResponse({ id: -1, kind: 'error', message: event.message, fieldErrors: [] });
    },
    close: () => worker.terminate(),
  };
}

/** Wraps a port so at most one request runs and at most one waits; stale answers are dropped. */
export function createWorkerClient<Meta>(
  port: RequestPort,
  handlers: WorkerClientHandlers<Meta>,
): WorkerClient<Meta> {
  let nextId = 1;
  let running: { id: number; meta: Meta } | null = null;
  let waiting: { request: PendingRequest; meta: Meta } | null = null;

  const send = (request: PendingRequest, meta: Meta) => {
    running = { id: nextId, meta };
    nextId += 1;
    port.post({ ...request, id: running.id });
  };

  port.listen((response) => {
    const answered = running;
    if (!answered || (response.id !== answered.id && response.id !== -1)) return;
    running = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next.request, next.meta);
      return;
    }
    if (response.kind === 'result') handlers.onResult(response, answered.meta);
    else handlers.onError(response.message, response.fieldErrors);
  });

  return {
    submit: (request, meta) => {
      if (running === null) send(request, meta);
      else waiting = { request, meta };
    },
    close: () => port.close(),
  };
}
