// The chart of a scenario run, with a picker for the metric (by default the one its first assertion checks).
import { useId, useMemo, useState } from 'react';
import type { ScenarioRun } from '../../worker/protocol';
import { PlotlyChart } from '../charts/PlotlyChart';
import { scenarioFigure } from '../charts/scenarioFigure';
import { useChartTheme } from '../charts/useChartTheme';
import { metricAxisTitle } from '../format/metricInfo';
import { defaultScenarioMetric, runMetricNames, scenarioSeries } from '../series/scenarioSeries';

/** Lines per variant along the sweep, or bars per variant. */
export function ScenarioChart({ run }: { run: ScenarioRun }) {
  const id = useId();
  const [chosen, setChosen] = useState<{ scenarioId: string; metric: string } | null>(null);
  const metric = chosen?.scenarioId === run.scenario.id ? chosen.metric : defaultScenarioMetric(run);
  const names = useMemo(() => runMetricNames(run), [run]);
  const theme = useChartTheme();
  const figure = useMemo(() => scenarioFigure(scenarioSeries(run, metric), theme), [run, metric, theme]);
  return (
    <section className="scenario-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Results</h3>
      <label htmlFor={`${id}-metric`}>Show </label>
      <select
        id={`${id}-metric`}
        value={metric}
        onChange={(event) => setChosen({ scenarioId: run.scenario.id, metric: event.target.value })}
      >
        {names.map((name) => (
          <option key={name} value={name}>
            {metricAxisTitle(name)}
          </option>
        ))}
      </select>
      <PlotlyChart
        figure={figure}
        label={`${run.scenario.title}: ${metricAxisTitle(metric)}`}
        testId="scenario-chart"
        exportName={run.scenario.id}
        exportSettings={`scenario file ${run.scenario.id}.json · seed “${run.result.seed}”`}
      />
    </section>
  );
}
