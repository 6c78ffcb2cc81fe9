// Runs the scenario open in the Scenarios view (bundled or uploaded) in its own worker, with its assertions
// checked, whenever the selection changes while that view is showing.
import { findCatalogEntry } from '../scenarios/catalog';
import type { AppState, AppStore } from '../store/store';
import { createWorkerClient, type RequestPort } from './workerClient';

/** The document the Scenarios view should run now, or null when there is nothing to run. */
export function scenarioToRun(state: AppState): unknown | null {
  if (state.view !== 'scenarios') return null;
  if (state.showUploaded) {
    return state.uploaded && state.uploaded.errors.length === 0 ? state.uploaded.document : null;
  }
  return findCatalogEntry(state.scenarioId)?.document ?? null;
}

/** Starts running scenarios for `store` through `port`; returns a function that stops it. */
export function startScenarioScheduler(store: AppStore, port: RequestPort): () => void {
  let submitted: unknown = null;
  const client = createWorkerClient<unknown>(port, {
    onResult: (response, document) => {
      const run = response.runs[0];
      if (run && document === submitted) store.getState().storeScenarioRun(run);
    },
    onError: (message, fieldErrors) => store.getState().storeScenarioError(message, fieldErrors),
  });
  const update = (state: AppState) => {
    const document = scenarioToRun(state);
    if (document === null || document === submitted) return;
    submitted = document;
    state.markScenarioRunning();
    client.submit({ scenarios: [document], check: true }, document);
  };
  update(store.getState());
  const unsubscribe = store.subscribe((state) => update(state));
  return () => {
    unsubscribe();
    client.close();
  };
}
