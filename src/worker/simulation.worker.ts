// The Web Worker that runs the simulation core off the main thread: one request in, progress messages and one
// final response out. The scenario schema, the matrix and the claim code are loaded on first use, so a worker
// that only runs the Explore view's built scenarios starts without them.
/// <reference lib="webworker" />
import type { FinalResponse, WorkerRequest, WorkerResponse } from './protocol';
import { isBuiltRequest, runBuiltRequest } from './runScenarios';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse) => scope.postMessage(message);
const now = () => performance.now();
/** Progress is posted at most this often (and always for the last item), so a busy page is not flooded. */
const PROGRESS_INTERVAL_MS = 50;

async function answer(request: WorkerRequest): Promise<FinalResponse> {
  let lastPostedMs = Number.NEGATIVE_INFINITY;
  const onProgress = (done: number, total: number) => {
    const nowMs = now();
    if (done < total && nowMs - lastPostedMs < PROGRESS_INTERVAL_MS) return;
    lastPostedMs = nowMs;
    post({ id: request.id, kind: 'progress', done, total });
  };
  switch (request.kind) {
    case 'run':
      return isBuiltRequest(request)
        ? runBuiltRequest(request, now, onProgress)
        : (await import('./runRequest')).runRequest(request, now, onProgress);
    case 'matrix':
      return (await import('./matrixJob')).runMatrixRequest(request, now, onProgress);
    case 'claim':
      return (await import('./claimJob')).runClaimRequest(request, now);
    case 'techniques':
      return (await import('./techniquesJob')).runTechniquesRequest(request, now);
  }
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    post(await answer(event.data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ id: event.data.id, kind: 'error', message, fieldErrors: [] });
  }
};
