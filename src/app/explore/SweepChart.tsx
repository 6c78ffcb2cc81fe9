// The sweep chart of the Explore view: the chosen metric against the swept parameter, with its P10-P90 band
// and a marker at the current setting. Nothing is drawn before the first results arrive. Values of the swept
// parameter that a cross-field rule refuses with the current settings are left out, and a note says which.
import { useMemo } from 'react';
import { humaniseMessage } from '../../core/names/humanise';
import { findParam, getParam } from '../../core/params/table';
import { PlotlyChart } from '../charts/PlotlyChart';
import { sweepFigure } from '../charts/sweepFigure';
import { useChartTheme } from '../charts/useChartTheme';
import { metricInfo } from '../format/metricInfo';
import type { DrawReporter } from '../perf';
import { sweepExclusion } from '../scenario/exploreScenarios';
import { sweepSeries } from '../series/sweepSeries';
import { useApp } from '../store/StoreContext';

/** Draws the latest computed sweep; `reportDrawn` feeds the performance marks. */
export function SweepChart({ reportDrawn }: { reportDrawn: DrawReporter }) {
  const sweepPoints = useApp((state) => state.sweepPoints);
  const computedPath = useApp((state) => state.computedSweepPath);
  const wantedPath = useApp((state) => state.sweepPath);
  const computedParams = useApp((state) => state.computedParams);
  const point = useApp((state) => state.point);
  const metric = useApp((state) => state.sweepMetric);
  const requestedAtMs = useApp((state) => state.requestedAtMs);
  const sweepPath = computedPath ?? wantedPath;
  const hasData = computedPath !== null && computedParams !== null;
  const theme = useChartTheme();

  const figure = useMemo(() => {
    const currentX = computedParams ? getParam(computedParams, sweepPath) : undefined;
    // No marker for a configuration that cannot run: the readout says why instead.
    const currentY = point?.feasible ? point.metrics[metric] : undefined;
    const current =
      typeof currentX === 'number' && currentY !== undefined ? { x: currentX, y: currentY } : null;
    return sweepFigure(
      sweepSeries(hasData ? sweepPoints : [], sweepPath, metric, computedParams),
      current,
      theme,
    );
  }, [sweepPoints, sweepPath, computedParams, point, metric, hasData, theme]);

  const exclusion = useMemo(
    () => (computedParams ? sweepExclusion({ params: computedParams, sweepPath }) : null),
    [computedParams, sweepPath],
  );

  return (
    <>
      {!hasData && <p className="placeholder">Computing the sweep…</p>}
      {exclusion && (
        <p className="muted" data-testid="sweep-exclusion">
          Left out {exclusion.values.length} values of {findParam(sweepPath)?.spec.label ?? sweepPath} that
          break a rule with the current settings: {exclusion.reasons.map(humaniseMessage).join(' ')}
        </p>
      )}
      <PlotlyChart
        figure={figure}
        label={`${metricInfo(metric).label} against ${findParam(sweepPath)?.spec.label ?? sweepPath}, with the Monte Carlo P10 to P90 band and the wider band with the model's measured error`}
        testId="sweep-chart"
        exportName="sweep"
        waiting={!hasData}
        htmlLegend
        onDrawn={hasData ? () => reportDrawn(requestedAtMs) : undefined}
      />
    </>
  );
}
