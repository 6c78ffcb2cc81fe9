// Builds the Compare view's chart: the same metric along the same sweep for configurations A and B, told
// apart by colour, dash and marker as well as by name.
import type { SweepSeries } from '../series/sweepSeries';
import { OKABE_ITO } from './palette';
import type { PlotFigure, ScatterTrace } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

const line = (
  name: string,
  series: SweepSeries,
  style: { colour: string; dash: 'solid' | 'dash'; symbol: string },
  theme: ChartTheme,
) =>
  ({
    type: 'scatter',
    name,
    x: series.x,
    y: series.y,
    mode: 'lines+markers',
    line: { color: style.colour, width: theme.lineWidth, dash: style.dash },
    marker: { color: style.colour, size: theme.markerSize + 1, symbol: style.symbol },
    hovertemplate: `${name}: %{x:.3g} → %{y:.3g}<extra></extra>`,
  }) satisfies ScatterTrace;

/** The figure of A's and B's sweeps of one metric (prepared with the same path and metric). */
export function compareFigure(
  a: SweepSeries,
  b: SweepSeries,
  theme: ChartTheme = CHART_THEMES.normal,
): PlotFigure {
  const logY = a.yLog && b.yLog;
  return {
    data: [
      line('A (current)', a, { colour: OKABE_ITO.blue, dash: 'solid', symbol: 'circle' }, theme),
      line('B', b, { colour: OKABE_ITO.vermillion, dash: 'dash', symbol: 'square' }, theme),
    ],
    layout: {
      xaxis: { title: { text: a.xTitle }, type: a.xLog ? 'log' : 'linear', automargin: true },
      yaxis: {
        title: { text: a.yTitle },
        type: logY ? 'log' : 'linear',
        rangemode: logY ? 'normal' : 'tozero',
        automargin: true,
        exponentformat: 'e',
      },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.12 },
      margin: theme.margin,
      height: theme.chartHeight,
      font: theme.font,
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      hovermode: 'closest',
    },
  };
}
