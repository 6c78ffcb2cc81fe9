// The Compare view's chart: the Explore view's sweep metric for A, B and the kept configurations (C, D) along
// the same parameter, with the y axis chosen from the data (log when the values span decades) or by the user.
import { useId, useMemo, useState } from 'react';
import { compareFigure, compareLogY, type LogAxisMode } from '../charts/compareFigure';
import { compareSettingsText } from '../charts/exportCaption';
import { PlotlyChart } from '../charts/PlotlyChart';
import { useChartTheme } from '../charts/useChartTheme';
import { metricInfo } from '../format/metricInfo';
import { sweepSeries } from '../series/sweepSeries';
import { useApp } from '../store/StoreContext';

/** Letters of the kept configurations, in order. */
export const KEPT_NAMES = ['C', 'D'] as const;

/** The sweeps, or a placeholder until they are computed along the same parameter. */
export function CompareChart() {
  const id = useId();
  const sweepPointsA = useApp((state) => state.sweepPoints);
  const pathA = useApp((state) => state.computedSweepPath);
  const result = useApp((state) => state.compareResult);
  const keptConfigs = useApp((state) => state.keptConfigs);
  const keptResults = useApp((state) => state.keptResults);
  const metric = useApp((state) => state.sweepMetric);
  const params = useApp((state) => state.params);
  const paramsB = useApp((state) => state.paramsB);
  const seed = useApp((state) => state.seed);
  const theme = useChartTheme();
  const [mode, setMode] = useState<LogAxisMode>('auto');
  const prepared = useMemo(() => {
    if (!result || !pathA || pathA !== result.sweepPath) return null;
    const fresh = keptResults.filter(
      (kept, index) => kept.params === keptConfigs[index] && kept.sweepPath === pathA,
    );
    if (fresh.length !== keptConfigs.length) return null;
    const a = sweepSeries(sweepPointsA, pathA, metric);
    const b = sweepSeries(result.sweepPoints, pathA, metric);
    const kept = fresh.map((entry, index) => ({
      name: KEPT_NAMES[index] ?? `#${index + 3}`,
      series: sweepSeries(entry.sweepPoints, pathA, metric),
    }));
    return { a, b, kept, autoLog: compareLogY([a, b, ...kept.map((k) => k.series)], 'auto') };
  }, [sweepPointsA, pathA, result, keptConfigs, keptResults, metric]);
  const figure = useMemo(
    () => (prepared ? compareFigure(prepared.a, prepared.b, theme, prepared.kept, mode) : null),
    [prepared, theme, mode],
  );
  if (!figure || !prepared) return <p className="placeholder">Computing the sweeps…</p>;
  const logY = figure.layout.yaxis?.type === 'log';
  return (
    <>
      <p className="compare-axis">
        <label htmlFor={`${id}-axis`}>Vertical axis</label>{' '}
        <select
          id={`${id}-axis`}
          value={mode}
          onChange={(event) => setMode(event.target.value as LogAxisMode)}
          data-testid="compare-axis-mode"
        >
          <option value="auto">Automatic ({prepared.autoLog ? 'log' : 'linear'} for these values)</option>
          <option value="log">Log scale</option>
          <option value="linear">Linear scale</option>
        </select>
      </p>
      <PlotlyChart
        figure={figure}
        label={`${metricInfo(metric).label} for each configuration along the swept parameter${logY ? ', log scale' : ''}`}
        testId="compare-chart"
        exportName="compare"
        exportSettings={compareSettingsText(
          params,
          [
            { name: 'B', params: paramsB ?? params },
            ...keptConfigs.map((kept, index) => ({
              name: KEPT_NAMES[index] ?? `#${index + 3}`,
              params: kept,
            })),
          ],
          seed,
        )}
        htmlLegend
      />
    </>
  );
}
