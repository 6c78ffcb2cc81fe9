// The partial plotly bundle: the core plus only the scatter and bar traces, to keep the download small. It is
// loaded as a separate chunk, started early by main.tsx, so the page and the worker start while it downloads.
import { PLOTLY_READY_MARK } from '../perf';
import type { PlotFigure } from './plotlyTypes';

type PlotlyCore = typeof import('plotly.js/lib/core')['default'];

/** Options applied to every chart: responsive, no plotly logo, no selection tools (nothing to select). */
const CHART_CONFIG = {
  responsive: true,
  displaylogo: false,
  modeBarButtonsToRemove: ['select2d', 'lasso2d'],
};

let loading: Promise<PlotlyCore> | null = null;

/** Loads plotly and registers the traces once; later calls share the same promise. */
export function loadPlotly(): Promise<PlotlyCore> {
  loading ??= Promise.all([
    import('plotly.js/lib/core'),
    import('plotly.js/lib/scatter'),
    import('plotly.js/lib/bar'),
  ]).then(([core, scatter, bar]) => {
    core.default.register([scatter.default, bar.default]);
    performance.mark(PLOTLY_READY_MARK);
    return core.default;
  });
  return loading;
}

/** Draws or updates `figure` in `root` (plotly diffs against the previous figure). */
export async function drawFigure(root: HTMLElement, figure: PlotFigure): Promise<void> {
  const plotly = await loadPlotly();
  await plotly.react(root, figure.data, figure.layout, CHART_CONFIG);
}

/** Frees plotly's state and listeners on `root` (nothing to free if plotly never loaded). */
export function clearFigure(root: HTMLElement): void {
  loading?.then((plotly) => plotly.purge(root));
}
