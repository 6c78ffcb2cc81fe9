// Connects the Explore view to the workers. On each input change a fast worker computes the current point and
// a coarse sweep's expected values (through the analytic path alone when the charted metric allows), so the
// charts follow the input at once. Once the input has rested for BANDS_DELAY_MS, a second, stoppable worker
// computes the full sweep with the Monte Carlo bands, with progress; a newer input or "Cancel" stops it.
// No model maths here: both passes run the core through the worker.
import type { RunResponse } from '../../worker/protocol';
import { reportResults } from '../perf';
import { pointScenario, SWEEP_COARSE_STEP_COUNT, sweepScenario } from '../scenario/exploreScenarios';
import type { SweepPoint } from '../store/resultsSlice';
import type { AppState, AppStore } from '../store/store';
import type { JobRunner } from './jobRunner';
import { createWorkerClient, type PendingRequest, type RequestPort } from './workerClient';

/** Quiet time after the last input change before the Monte Carlo pass starts, milliseconds. */
export const BANDS_DELAY_MS = 250;

/** What a computation depends on. */
export type ExploreInputs = Pick<AppState, 'params' | 'seed' | 'sweepPath' | 'sweepMetric'>;

/** The fast request: the current point (every metric) and a coarse sweep of the charted metric's expected value. */
export function fastRequest(inputs: ExploreInputs): PendingRequest {
  return {
    kind: 'run',
    jobs: [
      { scenario: pointScenario(inputs, false) },
      {
        scenario: sweepScenario(inputs, false, SWEEP_COARSE_STEP_COUNT),
        onlyMetric: inputs.sweepMetric,
      },
    ],
    check: false,
  };
}

/** The complete request: the point and the sweep with Monte Carlo bands (what a saved scenario file runs). */
export function bandsRequest(inputs: ExploreInputs): PendingRequest {
  return {
    kind: 'run',
    jobs: [{ scenario: pointScenario(inputs, true) }, { scenario: sweepScenario(inputs, true) }],
    check: false,
  };
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
  /** performance.now() when the input behind the request changed. */
  requestedAtMs: number;
}

/** Timer functions (the window's, or fakes in tests). */
export interface Timers {
  setTimeout: (callback: () => void, delayMs: number) => number;
  clearTimeout: (handle: number) => void;
}

const errorText = (message: string, fieldErrors: ReadonlyArray<{ path: string; message: string }>) =>
  [message, ...fieldErrors.map((error) => `${error.path}: ${error.message}`)].join('; ');

/** Calls back when background work may start (at once by default). */
export type Gate = (callback: () => void) => void;

const OPEN_GATE: Gate = (callback) => callback();

/**
 * Starts computing for `store`: fast pass through `fastPort`, bands through `bands`. A band pass starts only
 * once `bandsGate` lets it (the app passes "after the first chart is drawn": the band worker's start-up would
 * otherwise slow that chart). Returns a stop function.
 */
export function startScheduler(
  store: AppStore,
  fastPort: RequestPort,
  bands: JobRunner,
  timers: Timers = window,
  bandsGate: Gate = OPEN_GATE,
): () => void {
  let bandsTimer: number | null = null;
  let latest: RequestMeta | null = null;
  /** Counts band passes scheduled or stopped, so a pass still waiting at the gate knows it is stale. */
  let bandsGeneration = 0;

  const stopBands = () => {
    bandsGeneration += 1;
    if (bandsTimer !== null) timers.clearTimeout(bandsTimer);
    bandsTimer = null;
    bands.cancel();
  };

  const scheduleBands = (meta: RequestMeta) => {
    bandsGeneration += 1;
    const generation = bandsGeneration;
    bandsTimer = timers.setTimeout(() => {
      bandsTimer = null;
      bandsGate(() => {
        if (generation === bandsGeneration && meta === latest) runBands(meta);
      });
    }, BANDS_DELAY_MS);
  };

  const runBands = (meta: RequestMeta) => {
    store.getState().startJob('bands', 'Monte Carlo bands');
    bands.run(bandsRequest(meta.inputs), {
      onProgress: (done, total) => store.getState().progressJob('bands', done, total),
      onResult: (response) => {
        if (response.kind !== 'result' || meta !== latest) return;
        store.getState().endJob('bands', 'done');
        storeRun(response, meta, true);
      },
      onError: (message, fieldErrors) => {
        store.getState().endJob('bands', 'error');
        store.getState().storeError(errorText(message, fieldErrors));
      },
    });
  };

  const storeRun = (response: RunResponse, meta: RequestMeta, complete: boolean) => {
    const pointRow = response.runs[0]?.result.rows[0];
    if (!pointRow) return;
    store.getState().storeResults({
      point: pointRow.result,
      computedParams: pointRow.params,
      computedSweepPath: meta.inputs.sweepPath,
      sweepPoints: sweepPointsOf(response, meta.inputs.sweepPath),
      sweepRun: complete ? (response.runs[1]?.result ?? null) : null,
      requestedAtMs: meta.requestedAtMs,
      computeMs: response.computeMs,
      complete,
    });
  };

  const fast = createWorkerClient<RequestMeta>(fastPort, {
    onResult: (response, meta) => {
      if (response.kind !== 'result') return;
      reportResults(meta.requestedAtMs);
      storeRun(response, meta, false);
      scheduleBands(meta);
    },
    onError: (message, fieldErrors) => store.getState().storeError(errorText(message, fieldErrors)),
  });

  const submit = (state: AppState) => {
    stopBands();
    if (state.jobs.bands.status === 'running') state.endJob('bands', 'idle');
    state.markComputing();
    const { params, seed, sweepPath, sweepMetric } = state;
    latest = { inputs: { params, seed, sweepPath, sweepMetric }, requestedAtMs: performance.now() };
    fast.submit(fastRequest(latest.inputs), latest);
  };

  submit(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    const bandsJob = state.jobs.bands.status;
    if (bandsJob === 'cancelled' && previous.jobs.bands.status !== 'cancelled') {
      stopBands();
      state.markPartial();
    }
    if (bandsJob === 'queued' && previous.jobs.bands.status !== 'queued' && latest) runBands(latest);
    const missingMetric =
      state.sweepMetric !== previous.sweepMetric &&
      state.sweepPoints[0]?.result.metrics[state.sweepMetric] === undefined;
    if (
      state.params !== previous.params ||
      state.seed !== previous.seed ||
      state.sweepPath !== previous.sweepPath ||
      missingMetric
    ) {
      submit(state);
    }
  });
  return () => {
    unsubscribe();
    stopBands();
    fast.close();
  };
}
