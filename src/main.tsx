// Browser entry point: creates the store, loads the link or autosave, starts the simulation worker and
// mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { loadPlotly } from './app/charts/plotlyBundle';
import { startScenarioScheduler } from './app/compute/scenarioScheduler';
import { startScheduler } from './app/compute/scheduler';
import { createWorkerPort } from './app/compute/workerClient';
import { APP_START_MARK } from './app/perf';
import { StoreProvider } from './app/store/StoreContext';
import { createAppStore } from './app/store/store';
import { startStateSync } from './app/url/stateSync';

performance.mark(APP_START_MARK);
const store = createAppStore();
startStateSync(store, window);
startScheduler(store, createWorkerPort());
startScenarioScheduler(store, createWorkerPort());
// Start downloading the chart library now, while the worker computes the first results.
void loadPlotly();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
