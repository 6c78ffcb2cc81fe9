// Browser entry point, kept tiny so the slow parts start at once: the Explore view's worker (it loads the
// simulation core on its own thread while the page loads), the chart library (the largest download; starting
// it here rather than from the app's code made the first chart about 0.15 s sooner over 16 interleaved cold
// loads each way) and the app's code, which then boots.
import { loadPlotly } from './app/charts/plotlyBundle';
import { createWorkerPort } from './app/compute/workerClient';

const fastPort = createWorkerPort();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
void loadPlotly();
void import('./app/boot/boot').then(({ boot }) => boot(rootElement, fastPort));
