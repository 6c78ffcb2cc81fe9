// Runs the scenario open in the Scenarios view (bundled or uploaded) with its assertions checked, whenever the
// selection changes while that view is showing; progress is reported per row and the run can be cancelled.
import { loadCatalogDocument } from '../scenarios/catalog';
import type { AppState, AppStore } from '../store/store';
import type { JobRunner } from './jobRunner';
import { startJobScheduler } from './jobScheduler';

/** The document the Scenarios view should run now, or null when there is nothing to run (yet). */
export function scenarioToRun(state: AppState): unknown | null {
  if (state.view !== 'scenarios') return null;
  if (state.showUploaded) {
    return state.uploaded && state.uploaded.errors.length === 0 ? state.uploaded.document : null;
  }
  return state.scenarioDocument?.id === state.scenarioId ? state.scenarioDocument.document : null;
}

/** Starts running scenarios for `store` on `runner`; returns a function that stops it. */
export function startScenarioScheduler(store: AppStore, runner: JobRunner): () => void {
  let loadingId = '';
  const loadDocument = (state: AppState) => {
    if (state.view !== 'scenarios' || state.scenarioId === '' || state.scenarioId === loadingId) return;
    if (state.scenarioDocument?.id === state.scenarioId) return;
    const id = state.scenarioId;
    loadingId = id;
    void loadCatalogDocument(id).then((document) => {
      if (loadingId === id) loadingId = '';
      if (document !== undefined) store.getState().setScenarioDocument({ id, document });
    });
  };
  loadDocument(store.getState());
  const unsubscribeLoader = store.subscribe((state) => loadDocument(state));
  const stop = startJobScheduler(store, runner, {
    job: 'scenario',
    label: 'Running the scenario',
    onStart: (target) => target.getState().markScenarioRunning(),
    want: (state) => {
      const document = scenarioToRun(state);
      return document === null
        ? null
        : { key: document, request: { kind: 'run', jobs: [{ document }], check: true } };
    },
    onResult: (target, response, key) => {
      const run = response.kind === 'result' ? response.runs[0] : undefined;
      if (run && scenarioToRun(target.getState()) === key) target.getState().storeScenarioRun(run);
    },
    onError: (target, message, fieldErrors) => target.getState().storeScenarioError(message, fieldErrors),
  });
  return () => {
    unsubscribeLoader();
    stop();
  };
}
