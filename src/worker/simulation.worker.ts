// The Web Worker that runs the simulation core off the main thread: one request in, one response out.
/// <reference lib="webworker" />
import type { RunRequest, WorkerResponse } from './protocol';
import { runRequest } from './runRequest';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  let response: WorkerResponse;
  try {
    response = runRequest(event.data, () => performance.now());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = { id: event.data.id, kind: 'error', message, fieldErrors: [] };
  }
  scope.postMessage(response);
};
