// Connects the store to the worker. On each input change it asks first for the expected values alone (fast,
// so charts follow the input at once), then for the same scenarios with Monte Carlo bands, unless a newer
// input arrived meanwhile. No model maths here: the worker runs the core's scenario runner.
import type { RunResponse } from '../../worker/protocol';
import { reportResults } from '../perf';
import { pointScenario, sweepScenario } from '../scenario/exploreScenarios';
import type { SweepPoint } from '../store/resultsSlice';
import type { AppState, AppStore } from '../store/store';
import { createWorkerClient, type PendingRequest, type RequestPort } from './workerClient';

/** What a computation depends on. */
type ExploreInputs = Pick<AppState, 'params' | 'seed' | 'sweepPath' | 'sweepMetric'>;

/** The request for `inputs`: the current point, then the sweep; with or without Monte Carlo bands. */
export function requestFor(inputs: ExploreInputs, withBands = true): PendingRequest {
  return { scenarios: [pointScenario(inputs, withBands), sweepScenario(inputs, withBands)], check: false };
}

/** The sweep rows of a response as (swept value, result) pairs. */
export function sweepPointsOf(response: RunResponse, sweepPath: string): SweepPoint[] {
  return (response.runs[1]?.result.rows ?? []).flatMap((row) => {
    const value = row.point[sweepPath];
    return typeof value === 'number' ? [{ value, result: row.result }] : [];
  });
}

/** What the scheduler remembers about a request until its answer comes back. */
interface RequestMeta {
  inputs: ExploreInputs;
  withBands: boolean;
  /** performance.now() when the input behind the request changed. */
  requestedAtMs: number;
}

/** Starts computing for `store` through `port`; returns a function that stops it. */
export function startScheduler(store: AppStore, port: RequestPort): () => void {
  const client = createWorkerClient<RequestMeta>(port, {
    onResult: (response, meta) => {
      const pointRow = response.runs[0]?.result.rows[0];
      if (!pointRow) return;
      if (!meta.withBands) reportResults(meta.requestedAtMs);
      store.getState().storeResults({
        point: pointRow.result,
        computedParams: pointRow.params,
        computedSweepPath: meta.inputs.sweepPath,
        sweepPoints: sweepPointsOf(response, meta.inputs.sweepPath),
        requestedAtMs: meta.requestedAtMs,
        computeMs: response.computeMs,
        complete: meta.withBands,
      });
      if (!meta.withBands) client.submit(requestFor(meta.inputs, true), { ...meta, withBands: true });
    },
    onError: (message, fieldErrors) =>
      store
        .getState()
        .storeError([message, ...fieldErrors.map((error) => `${error.path}: ${error.message}`)].join('; ')),
  });
  const submit = (state: AppState) => {
    state.markComputing();
    const inputs = {
      params: state.params,
      seed: state.seed,
      sweepPath: state.sweepPath,
      sweepMetric: state.sweepMetric,
    };
    client.submit(requestFor(inputs, false), { inputs, withBands: false, requestedAtMs: performance.now() });
  };
  submit(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.params !== previous.params ||
      state.seed !== previous.seed ||
      state.sweepPath !== previous.sweepPath
    ) {
      submit(state);
    }
  });
  return () => {
    unsubscribe();
    client.close();
  };
}
