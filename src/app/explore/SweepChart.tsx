// The sweep chart of the Explore view: the chosen metric against the swept parameter, with its P10-P90 band
// and a marker at the current setting.
import { useMemo } from 'react';
import { getParam } from '../../core/params/table';
import { PlotlyChart } from '../charts/PlotlyChart';
import { sweepFigure } from '../charts/sweepFigure';
import type { DrawReporter } from '../perf';
import { sweepSeries } from '../series/sweepSeries';
import { useApp } from '../store/StoreContext';

/** Draws the latest computed sweep; `reportDrawn` feeds the performance marks. */
export function SweepChart({ reportDrawn }: { reportDrawn: DrawReporter }) {
  const sweepPoints = useApp((state) => state.sweepPoints);
  const sweepPath = useApp((state) => state.computedSweepPath);
  const computedParams = useApp((state) => state.computedParams);
  const point = useApp((state) => state.point);
  const metric = useApp((state) => state.sweepMetric);
  const requestedAtMs = useApp((state) => state.requestedAtMs);

  const figure = useMemo(() => {
    if (!sweepPath || !computedParams) return null;
    const currentX = getParam(computedParams, sweepPath);
    const currentY = point?.metrics[metric];
    const current =
      typeof currentX === 'number' && currentY !== undefined ? { x: currentX, y: currentY } : null;
    return sweepFigure(sweepSeries(sweepPoints, sweepPath, metric), current);
  }, [sweepPoints, sweepPath, computedParams, point, metric]);

  if (!figure || !sweepPath) return <p className="placeholder">Computing the sweep…</p>;
  return (
    <PlotlyChart
      figure={figure}
      label={`${metric} against ${sweepPath}, with the Monte Carlo P10 to P90 band`}
      testId="sweep-chart"
      onDrawn={() => reportDrawn(requestedAtMs)}
    />
  );
}
