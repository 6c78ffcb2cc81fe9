// Computes configuration B of the Compare view while that view shows: B's point (every metric) and B's sweep
// along the Explore view's swept parameter (expected values of the charted metric), through a latest-wins
// worker, so editing B follows at once like editing A does.
import { pointScenario, sweepScenario } from '../scenario/exploreScenarios';
import type { AppState, AppStore } from '../store/store';
import { sweepPointsOf } from './scheduler';
import { createWorkerClient, type PendingRequest, type RequestPort } from './workerClient';

/** What B's results depend on. */
type CompareInputs = Pick<AppState, 'seed' | 'sweepPath' | 'sweepMetric'> & { params: AppState['params'] };

/** The request for configuration B. */
export function compareRequest(inputs: CompareInputs): PendingRequest {
  return {
    kind: 'run',
    jobs: [
      { scenario: pointScenario(inputs, false) },
      { scenario: sweepScenario(inputs, false), onlyMetric: inputs.sweepMetric },
    ],
    check: false,
  };
}

/** Starts computing B for `store` through `port`; returns a function that stops it. */
export function startCompareScheduler(store: AppStore, port: RequestPort): () => void {
  let submitted: CompareInputs | null = null;
  const client = createWorkerClient<CompareInputs>(port, {
    onResult: (response, inputs) => {
      const pointRow = response.kind === 'result' ? response.runs[0]?.result.rows[0] : undefined;
      if (!pointRow || response.kind !== 'result') return;
      store.getState().storeCompareResult({
        params: inputs.params,
        point: pointRow.result,
        sweepPath: inputs.sweepPath,
        sweepPoints: sweepPointsOf(response, inputs.sweepPath),
      });
    },
    onError: (message) => store.getState().storeCompareError(message),
  });
  const update = (state: AppState) => {
    if (state.view !== 'compare' || !state.paramsB) return;
    const { paramsB, seed, sweepPath, sweepMetric } = state;
    if (
      submitted &&
      submitted.params === paramsB &&
      submitted.seed === seed &&
      submitted.sweepPath === sweepPath &&
      submitted.sweepMetric === sweepMetric
    )
      return;
    submitted = { params: paramsB, seed, sweepPath, sweepMetric };
    client.submit(compareRequest(submitted), submitted);
  };
  update(store.getState());
  const unsubscribe = store.subscribe((state) => update(state));
  return () => {
    unsubscribe();
    client.close();
  };
}
