// Browser entry point, kept tiny so the slow parts start at once: the Explore view's worker (it loads the
// simulation core on its own thread while the page loads) and the app's code, which then boots and starts
// loading the chart library.
import { createWorkerPort } from './app/compute/workerClient';

const fastPort = createWorkerPort();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
void import('./app/boot/boot').then(({ boot }) => boot(rootElement, fastPort));
