// The Compare view's chart: the Explore view's sweep metric for A and for B along the same parameter.
import { useMemo } from 'react';
import { compareFigure } from '../charts/compareFigure';
import { PlotlyChart } from '../charts/PlotlyChart';
import { useChartTheme } from '../charts/useChartTheme';
import { sweepSeries } from '../series/sweepSeries';
import { useApp } from '../store/StoreContext';

/** A's and B's sweeps, or a placeholder until both are computed along the same parameter. */
export function CompareChart() {
  const sweepPointsA = useApp((state) => state.sweepPoints);
  const pathA = useApp((state) => state.computedSweepPath);
  const result = useApp((state) => state.compareResult);
  const metric = useApp((state) => state.sweepMetric);
  const theme = useChartTheme();
  const figure = useMemo(() => {
    if (!result || !pathA || pathA !== result.sweepPath) return null;
    return compareFigure(
      sweepSeries(sweepPointsA, pathA, metric),
      sweepSeries(result.sweepPoints, pathA, metric),
      theme,
    );
  }, [sweepPointsA, pathA, result, metric, theme]);
  if (!figure) return <p className="placeholder">Computing the sweeps…</p>;
  return (
    <PlotlyChart
      figure={figure}
      label={`${metric} for A and B along the swept parameter`}
      testId="compare-chart"
      exportName="compare"
    />
  );
}
