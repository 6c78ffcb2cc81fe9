// Talks to a simulation worker. Requests coalesce: while one is running, only the newest waiting request is
// kept, so dragging a slider never builds a queue and the chart always ends on the latest input.
import type { FieldError } from '../../core/params/constraints';
import type { FinalResponse, PendingRequest, WorkerRequest, WorkerResponse } from '../../worker/protocol';

export type { PendingRequest } from '../../worker/protocol';

/** A final answer that is not an error. */
export type SuccessResponse = Exclude<FinalResponse, { kind: 'error' }>;

/** Callbacks for finished requests; `Meta` is whatever the caller attached to the request answered. */
export interface WorkerClientHandlers<Meta> {
  onResult: (response: SuccessResponse, meta: Meta) => void;
  onError: (message: string, fieldErrors: FieldError[], meta: Meta) => void;
  /** Work done so far on the running request (rows or cells; total 0 when unknown). */
  onProgress?: (done: number, total: number, meta: Meta) => void;
}

/** Something that can take a numbered request and answer with responses (a Worker, or a fake in tests). */
export interface RequestPort {
  post: (request: WorkerRequest) => void;
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

/** A port that starts its worker (with `makePort`) only when the first request is posted. */
export function createLazyPort(makePort: () => RequestPort): RequestPort {
  let port: RequestPort | null = null;
  let listener: ((response: WorkerResponse) => void) | null = null;
  return {
    post: (request) => {
      if (!port) {
        port = makePort();
        if (listener) port.listen(listener);
      }
      port.post(request);
    },
    listen: (onResponse) => {
      listener = onResponse;
      port?.listen(onResponse);
    },
    close: () => port?.close(),
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
  /** After close nothing is delivered, even a message the stopped worker had already sent. */
  let closed = false;

  const send = (request: PendingRequest, meta: Meta) => {
    running = { id: nextId, meta };
    nextId += 1;
    port.post({ ...request, id: running.id } as WorkerRequest);
  };

  port.listen((response) => {
    const answered = running;
    if (closed || !answered || (response.id !== answered.id && response.id !== -1)) return;
    if (response.kind === 'progress') {
      if (!waiting) handlers.onProgress?.(response.done, response.total, answered.meta);
      return;
    }
    running = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next.request, next.meta);
      return;
    }
    if (response.kind === 'error') handlers.onError(response.message, response.fieldErrors, answered.meta);
    else handlers.onResult(response, answered.meta);
  });

  return {
    submit: (request, meta) => {
      if (running === null) send(request, meta);
      else waiting = { request, meta };
    },
    close: () => {
      closed = true;
      port.close();
    },
  };
}
