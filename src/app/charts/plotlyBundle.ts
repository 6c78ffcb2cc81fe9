// The partial plotly bundle: the core plus only the scatter and bar traces, to keep the download small. It is
// loaded as a separate chunk, started early by main.tsx, so the page and the worker start while it downloads.
import { DRAW_MEASURE, measureBounded, PLOTLY_READY_MARK } from '../perf';
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

/**
 * Draws or updates `figure` in `root` (plotly diffs against the previous figure) once plotly has loaded, unless
 * `stillWanted` says by then that a newer figure has replaced it. Resolves whether it drew.
 */
export async function drawFigure(
  root: HTMLElement,
  figure: PlotFigure,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  const plotly = await loadPlotly();
  if (!stillWanted()) return false;
  const startMs = performance.now();
  await plotly.react(root, figure.data, figure.layout, CHART_CONFIG);
  measureBounded(DRAW_MEASURE, { start: startMs, end: performance.now(), detail: root.dataset.testid });
  return true;
}

/** Fits a drawn chart to its container's current size (nothing when plotly has not loaded or drawn it). */
export function resizeFigure(root: HTMLElement): void {
  void loading
    ?.then((plotly) => (root.isConnected ? plotly.Plots.resize(root) : undefined))
    .catch(() => undefined);
}

/** Frees plotly's state and listeners on `root` (nothing to free if plotly never loaded). */
export function clearFigure(root: HTMLElement): void {
  loading?.then((plotly) => plotly.purge(root));
}

/** Image formats a chart can be saved in. */
export type ImageFormat = 'png' | 'svg';

/**
 * The chart in `root` as an image data URL, at its size on screen (PNG at twice the pixels); `figure`, when given,
 * is drawn instead of what is on screen (with its legend, a title and a settings line), `extraHeightPx` taller.
 */
export async function chartImage(
  root: HTMLElement,
  format: ImageFormat,
  figure?: PlotFigure,
  extraHeightPx = 0,
): Promise<string> {
  const plotly = await loadPlotly();
  const { width, height } = root.getBoundingClientRect();
  return plotly.toImage(figure ?? root, {
    format,
    width: Math.round(width),
    height: Math.round(height) + extraHeightPx,
    ...(format === 'png' ? { scale: 2 } : {}),
  });
}
