// A dumb chart: draws a prepared figure with Plotly.react and reports when it has drawn. No model maths here.
import { useEffect, useRef } from 'react';
import { clearFigure, drawFigure } from './plotlyBundle';
import type { PlotFigure } from './plotlyTypes';

/** Props of PlotlyChart. */
export interface PlotlyChartProps {
  figure: PlotFigure;
  /** Accessible name of the chart (what it shows). */
  label: string;
  /** Hook for end-to-end tests and the benchmark. */
  testId: string;
  /** Called after plotly has drawn this figure. */
  onDrawn?: () => void;
}

/** Renders `figure` into a div and keeps it in sync on every change of `figure`. */
export function PlotlyChart({ figure, label, testId, onDrawn }: PlotlyChartProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let cancelled = false;
    drawFigure(root, figure).then(() => {
      if (!cancelled) {
        root.dataset.traceCount = String(figure.data.length);
        onDrawnRef.current?.();
      }
    });
    return () => {
      cancelled = true;
    };
  }, [figure]);

  useEffect(() => {
    const root = rootRef.current;
    return () => {
      if (root) clearFigure(root);
    };
  }, []);

  return (
    <figure className="chart-frame" aria-label={label}>
      <div ref={rootRef} className="chart" data-testid={testId} />
    </figure>
  );
}
