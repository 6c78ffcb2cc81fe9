// The step-time breakdown of the current point as a stacked bar, one colour per category.
import { useMemo } from 'react';
import { breakdownFigure } from '../charts/breakdownFigure';
import { PlotlyChart } from '../charts/PlotlyChart';
import { useChartTheme } from '../charts/useChartTheme';
import { breakdownSeries } from '../series/breakdownSeries';
import { useApp } from '../store/StoreContext';

/** Where the time of one step goes, for the latest computed point. */
export function BreakdownChart() {
  const point = useApp((state) => state.point);
  const theme = useChartTheme();
  const figure = useMemo(
    () =>
      point ? breakdownFigure(breakdownSeries(point.terms), point.labels.stepLabel ?? 'step', theme) : null,
    [point, theme],
  );
  if (!figure) return <p className="placeholder">Computing…</p>;
  const limitingGroup = point?.labels.limitingGroup;
  const limitingLink = point?.labels.limitingLink;
  return (
    <>
      {limitingGroup && (
        <p className="limiting" data-testid="breakdown-limiting">
          Sets the pace: {limitingGroup}. Limiting link: {limitingLink}.
        </p>
      )}
      <PlotlyChart
        figure={figure}
        label="Time per step by category"
        testId="breakdown-chart"
        deferDraw
        htmlLegend
        exportName="step-breakdown"
      />
    </>
  );
}
