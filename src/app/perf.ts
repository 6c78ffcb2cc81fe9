// Performance marks the benchmark (bench/ui.bench.ts) reads: when the first chart is drawn, and how long each
// redraw takes from the input change that caused it to the chart showing its results.

/** Mark set once, when the first chart with data has been drawn. */
export const FIRST_CHART_MARK = 'deai:first-chart';
/** Measure recorded per redraw: from the input change to the chart drawn with its results. */
export const REDRAW_MEASURE = 'deai:redraw';

/** Measure per result: from the input change to the results arriving from the worker (compute + transfer). */
export const RESULTS_MEASURE = 'deai:results';
/** Mark set when the app's script starts running (after the bundle has loaded and parsed). */
export const APP_START_MARK = 'deai:app-start';

/** Measure per chart drawing: from the start of Plotly.react to its end (main-thread drawing cost). */
export const DRAW_MEASURE = 'deai:draw';

/** Mark set when the chart library has loaded and registered its traces. */
export const PLOTLY_READY_MARK = 'deai:plotly-ready';

/**
 * Most measures of one name kept: past this the name's measures are cleared, so a long session does not pile
 * up entries (23,000 after 10 minutes before this limit); benchmarks read far fewer.
 */
export const MAX_MEASURES_PER_NAME = 500;

/** performance.measure, clearing the name's older measures once there are more than the limit. */
export function measureBounded(name: string, options: PerformanceMeasureOptions): void {
  if (performance.getEntriesByName(name, 'measure').length >= MAX_MEASURES_PER_NAME)
    performance.clearMeasures(name);
  performance.measure(name, options);
}

/** Records that results for an input changed at `requestedAtMs` have arrived. */
export function reportResults(requestedAtMs: number): void {
  if (requestedAtMs > 0) measureBounded(RESULTS_MEASURE, { start: requestedAtMs, end: performance.now() });
}

/** Reports a drawn chart; `requestedAtMs` is performance.now() when the input behind its data changed. */
export type DrawReporter = (requestedAtMs: number) => void;

/** Work waiting for the first chart (see afterFirstChart); null once it has been drawn. */
let waitingForFirstChart: Array<() => void> | null = [];

/**
 * Runs `callback` once the page's first chart has been drawn (at once if it has been). Background work that
 * is not needed for that chart waits here, so on opening the app it does not compete for the processor.
 */
export function afterFirstChart(callback: () => void): void {
  if (waitingForFirstChart) waitingForFirstChart.push(callback);
  else callback();
}

function firstChartDrawn(): void {
  if (performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK);
  const waiting = waitingForFirstChart ?? [];
  waitingForFirstChart = null;
  for (const callback of waiting) callback();
}

/** A reporter that marks the first chart and measures each input's redraw once. */
export function createDrawReporter(): DrawReporter {
  let lastMeasuredMs = 0;
  return (requestedAtMs) => {
    if (waitingForFirstChart) firstChartDrawn();
    if (requestedAtMs <= 0 || requestedAtMs === lastMeasuredMs) return;
    lastMeasuredMs = requestedAtMs;
    measureBounded(REDRAW_MEASURE, { start: requestedAtMs, end: performance.now() });
  };
}
