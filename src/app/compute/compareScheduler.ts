// Computes configuration B of the Compare view while that view shows: B's point (every metric) and B's sweep
// along the Explore view's swept parameter (expected values of the charted metric), and the same for the
// configurations kept from B (C, D), through a latest-wins worker, so editing B follows at once like A.
import { pointScenario, sweepScenario } from '../scenario/exploreScenarios';
import type { AppState, AppStore } from '../store/store';
import { sweepPointsOf } from './scheduler';
import { createWorkerClient, type PendingRequest, type RequestPort } from './workerClient';

/** What B's results depend on. */
type CompareInputs = Pick<AppState, 'seed' | 'sweepPath' | 'sweepMetric'> & { params: AppState['params'] };

/** B's inputs and those of the kept configurations (C, D). */
type CompareBatch = { b: CompareInputs; kept: AppState['params'][] };

/** The jobs of one configuration: its point and its sweep. */
const configurationJobs = (inputs: CompareInputs) => [
  { scenario: pointScenario(inputs, false) },
  { scenario: sweepScenario(inputs, false), onlyMetric: inputs.sweepMetric },
];

/** The request for configuration B, followed by the kept configurations' jobs when there are any. */
export function compareRequest(
  inputs: CompareInputs,
  kept: readonly AppState['params'][] = [],
): PendingRequest {
  return {
    kind: 'run',
    jobs: [inputs, ...kept.map((params) => ({ ...inputs, params }))].flatMap(configurationJobs),
    check: false,
  };
}

/** Starts computing B for `store` through `port`; returns a function that stops it. */
export function startCompareScheduler(store: AppStore, port: RequestPort): () => void {
  let submitted: CompareInputs | null = null;
  let submittedKept: AppState['keptConfigs'] | null = null;
  const client = createWorkerClient<CompareBatch>(port, {
    onResult: (response, batch) => {
      if (response.kind !== 'result') return;
      const results = [batch.b.params, ...batch.kept].map((params, index) => {
        const pair = { ...response, runs: response.runs.slice(2 * index, 2 * index + 2) };
        const pointRow = pair.runs[0]?.result.rows[0];
        return pointRow
          ? {
              params,
              point: pointRow.result,
              sweepPath: batch.b.sweepPath,
              sweepPoints: sweepPointsOf(pair, batch.b.sweepPath),
            }
          : null;
      });
      const [first, ...rest] = results;
      if (!first) return;
      store.getState().storeCompareResult(first);
      store.getState().storeKeptResults(rest.filter((result) => result !== null));
    },
    onError: (message) => store.getState().storeCompareError(message),
  });
  const update = (state: AppState) => {
    if (state.view !== 'compare' || !state.paramsB) return;
    const { paramsB, seed, sweepPath, sweepMetric, keptConfigs } = state;
    if (
      submittedKept === keptConfigs &&
      submitted &&
      submitted.params === paramsB &&
      submitted.seed === seed &&
      submitted.sweepPath === sweepPath &&
      submitted.sweepMetric === sweepMetric
    )
      return;
    submitted = { params: paramsB, seed, sweepPath, sweepMetric };
    submittedKept = keptConfigs;
    client.submit(compareRequest(submitted, keptConfigs), { b: submitted, kept: keptConfigs });
  };
  update(store.getState());
  const unsubscribe = store.subscribe((state) => update(state));
  return () => {
    unsubscribe();
    client.close();
  };
}
