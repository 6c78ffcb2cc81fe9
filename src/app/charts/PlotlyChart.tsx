// A dumb chart: draws a prepared figure with Plotly.react, reports when it has drawn, keeps it fitted to its
// container, and offers the drawn chart as a PNG or SVG file. In presenter mode the chart takes the height its
// container gives it (the page lays one view out to fit the screen). No model maths here.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { downloadUrl } from '../files/download';
import { useApp, useAppStore } from '../store/StoreContext';
import { ChartLegend } from './ChartLegend';
import { captionedFigure, captionMarginPx, keySettingsText } from './exportCaption';
import { plainTextFigure } from './plainText';
import { chartImage, clearFigure, drawFigure, type ImageFormat } from './plotlyBundle';
import type { PlotFigure } from './plotlyTypes';
import { useFitToContainer } from './useFitToContainer';

/** Props of PlotlyChart. */
export interface PlotlyChartProps {
  figure: PlotFigure;
  /** Accessible name of the chart (what it shows). */
  label: string;
  /** Hook for end-to-end tests and the benchmark. */
  testId: string;
  /** Called after plotly has drawn this figure (or found it already drawn). */
  onDrawn?: () => void;
  /** Draw after the charts that are not deferred (for secondary charts, so the main one appears first). */
  deferDraw?: boolean;
  /** Base name of the image files the chart can be saved as (no buttons when absent). */
  exportName?: string;
  /**
   * The settings line a saved image carries under its title (the label), "\n" between lines; by default the
   * current configuration's key settings and seed.
   */
  exportSettings?: string;
  /**
   * The figure has no data yet: keep the chart's place but draw nothing. Drawing empty axes first costs the
   * main thread as much as the real chart does, just when the first results and the page compete for it.
   */
  waiting?: boolean;
  /**
   * Show the legend as HTML above the chart rather than drawn by plotly (cheaper on every draw, for the charts
   * that redraw as a control moves). Saved images still carry plotly's legend.
   */
  htmlLegend?: boolean;
  /** Called with the clicked point's customdata (charts whose traces carry it). */
  onPointClick?: (customdata: string) => void;
}

/** The graph div once plotly has drawn into it: it can report clicks. */
type ClickableRoot = HTMLElement & {
  on?: (
    event: 'plotly_click',
    handler: (event: { points?: Array<{ customdata?: unknown }> }) => void,
  ) => void;
};

/** Renders `figure` into a div and keeps it in sync on every change of `figure`. */
export function PlotlyChart({
  figure,
  label,
  testId,
  onDrawn,
  deferDraw = false,
  exportName,
  exportSettings,
  waiting = false,
  htmlLegend = false,
  onPointClick,
}: PlotlyChartProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  const onClickRef = useRef(onPointClick);
  onClickRef.current = onPointClick;
  /** Whether the click listener is on the graph div (plotly keeps it across redraws). */
  const listeningRef = useRef(false);
  /** The figure on screen, as JSON: an equal new figure (same numbers, new objects) is not drawn again. */
  const drawnRef = useRef('');
  const fillHeight = useApp((state) => state.presenter);
  const store = useAppStore();
  /**
   * What plotly draws: the figure with user text escaped (plainText.ts), without its legend when the legend is
   * shown in HTML, and without a fixed height in presenter mode (plotly then takes the container's).
   */
  const plotted = useMemo(() => {
    const { height, ...free } = figure.layout;
    const sized = fillHeight ? { ...free, autosize: true } : figure.layout;
    return plainTextFigure({ ...figure, layout: htmlLegend ? { ...sized, showlegend: false } : sized });
  }, [figure, htmlLegend, fillHeight]);
  const isDrawn = useCallback(() => drawnRef.current !== '', []);
  useFitToContainer(rootRef, isDrawn);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || waiting) return;
    let cancelled = false;
    const text = JSON.stringify(plotted);
    const finish = () => {
      if (cancelled) return;
      const clickable = root as ClickableRoot;
      if (onClickRef.current && !listeningRef.current && clickable.on) {
        listeningRef.current = true;
        clickable.on('plotly_click', (event) => {
          const data = event.points?.[0]?.customdata;
          if (typeof data === 'string') onClickRef.current?.(data);
        });
      }
      root.dataset.traceCount = String(plotted.data.length);
      onDrawnRef.current?.();
    };
    if (text === drawnRef.current) {
      finish();
      return;
    }
    const draw = () => {
      if (cancelled) return;
      drawnRef.current = '';
      void drawFigure(root, plotted, () => !cancelled).then((drew) => {
        if (!drew) return;
        drawnRef.current = text;
        finish();
      });
    };
    const timer = deferDraw ? window.setTimeout(draw, 0) : null;
    if (timer === null) draw();
    return () => {
      cancelled = true;
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [plotted, deferDraw, waiting]);

  useEffect(() => {
    const root = rootRef.current;
    return () => {
      if (root) clearFigure(root);
    };
  }, []);

  const save = async (format: ImageFormat) => {
    const root = rootRef.current;
    if (!root || !exportName) return;
    const { params, seed } = store.getState();
    const settings = exportSettings ?? keySettingsText(params, seed);
    // The saved image has plotly's own legend, a title and the settings line (exportCaption.ts).
    const saved = captionedFigure(
      plainTextFigure({
        ...figure,
        layout: { ...figure.layout, showlegend: figure.layout.showlegend ?? true },
      }),
      label,
      settings,
    );
    downloadUrl(`${exportName}.${format}`, await chartImage(root, format, saved, captionMarginPx(settings)));
  };

  return (
    <figure className="chart-frame" aria-label={label}>
      {htmlLegend && <ChartLegend figure={figure} label={label} />}
      <div ref={rootRef} className={fillHeight ? 'chart chart-fill' : 'chart'} data-testid={testId} />
      {exportName && (
        <figcaption className="chart-export">
          {(['png', 'svg'] as const).map((format) => (
            <button
              key={format}
              type="button"
              onClick={() => void save(format)}
              aria-label={`Save the chart “${label}” as ${format.toUpperCase()}`}
              data-testid={`${testId}-${format}`}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
