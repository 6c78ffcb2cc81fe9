// Starts the app once its code has loaded: creates the store, loads the link or autosave, connects the
// schedulers to their workers (the Explore view's fast worker was started by main.tsx; the others start when
// first needed) and mounts React. The chart library started loading from main.tsx.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App';
import '../app.css';
import '../shell.css';
import '../presenter.css';
import { startClaimScheduler } from '../compute/claimScheduler';
import { startCompareScheduler } from '../compute/compareScheduler';
import { createJobRunner } from '../compute/jobRunner';
import { startMatrixScheduler } from '../compute/matrixScheduler';
import { startScenarioScheduler } from '../compute/scenarioScheduler';
import { startScheduler } from '../compute/scheduler';
import { startTechniqueScheduler } from '../compute/techniqueScheduler';
import { createLazyPort, createWorkerPort, type RequestPort } from '../compute/workerClient';
import { APP_START_MARK, afterFirstChart } from '../perf';
import { startSavedSync } from '../saved/savedSync';
import { StoreProvider } from '../store/StoreContext';
import { createAppStore } from '../store/store';
import { startStateSync } from '../url/stateSync';

/** Mounts the app into `rootElement`; `fastPort` is the already started worker of the Explore view. */
export function boot(rootElement: HTMLElement, fastPort: RequestPort): void {
  performance.mark(APP_START_MARK);
  const store = createAppStore();
  startStateSync(store, window);
  startSavedSync(store, window.localStorage);
  startScheduler(store, fastPort, createJobRunner(createWorkerPort), window, afterFirstChart);
  startScenarioScheduler(store, createJobRunner(createWorkerPort));
  startCompareScheduler(store, createLazyPort(createWorkerPort));
  startMatrixScheduler(store, createJobRunner(createWorkerPort));
  startClaimScheduler(store, createJobRunner(createWorkerPort));
  startTechniqueScheduler(store, createLazyPort(createWorkerPort));
  createRoot(rootElement).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
