// Builds the Compare view's chart: the same metric along the same sweep for A, B and the kept configurations
// (C, D), told apart by colour, dash and marker as well as by name. The y axis is logarithmic when the values
// of all configurations together span more than two decades (MPC next to plain training), unless the user
// chose otherwise.
import { type SweepSeries, spansDecades } from '../series/sweepSeries';
import { type AxisDisplay, axisDisplay, shownPositions, shownValues, verticalTitle } from './axisFormat';
import { HOVER_WITH_NAME, hoverPairs } from './hoverText';
import { OKABE_ITO } from './palette';
import type { PlotFigure, ScatterTrace } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

/** How the y axis is chosen: from the data, or forced. */
export type LogAxisMode = 'auto' | 'log' | 'linear';

const STYLES = [
  { colour: OKABE_ITO.blue, dash: 'solid', symbol: 'circle' },
  { colour: OKABE_ITO.vermillion, dash: 'dash', symbol: 'square' },
  { colour: OKABE_ITO.bluishGreen, dash: 'dot', symbol: 'diamond' },
  { colour: OKABE_ITO.reddishPurple, dash: 'solid', symbol: 'triangle-up' },
] as const;

const line = (
  name: string,
  series: SweepSeries,
  index: number,
  theme: ChartTheme,
  shown: { x: AxisDisplay; y: AxisDisplay },
): ScatterTrace => {
  const style = STYLES[index % STYLES.length] ?? STYLES[0];
  return {
    type: 'scatter',
    name,
    x: shownPositions(series.x, shown.x),
    y: shownValues(series.y, shown.y),
    mode: 'lines+markers',
    line: { color: style.colour, width: theme.lineWidth, dash: style.dash },
    marker: { color: style.colour, size: theme.markerSize + 1, symbol: style.symbol },
    hovertext: hoverPairs(series.x, series.xUnit, series.y, series.yUnit),
    hovertemplate: HOVER_WITH_NAME,
  };
};

/** An axis title that says its scale is logarithmic, inside the unit's parenthesis when it has one. */
const logScaleTitle = (title: string): string =>
  title.endsWith(')') ? `${title.slice(0, -1)}, log scale)` : `${title} (log scale)`;

/** Whether the y axis of these series is logarithmic under `mode`. */
export function compareLogY(all: readonly SweepSeries[], mode: LogAxisMode): boolean {
  if (mode !== 'auto') return mode === 'log';
  return spansDecades(all.flatMap((series) => series.y));
}

/** The figure of A's and B's sweeps of one metric (and the kept ones'), prepared with the same path and metric. */
export function compareFigure(
  a: SweepSeries,
  b: SweepSeries,
  theme: ChartTheme = CHART_THEMES.normal,
  kept: ReadonlyArray<{ name: string; series: SweepSeries }> = [],
  mode: LogAxisMode = 'auto',
): PlotFigure {
  const named = [{ name: 'A (current)', series: a }, { name: 'B', series: b }, ...kept];
  const logY = compareLogY(
    named.map((entry) => entry.series),
    mode,
  );
  // One scale for every configuration, so minutes are not drawn next to hours.
  const shown = {
    x: axisDisplay(a.xTitle, a.xUnit, a.x),
    y: axisDisplay(
      a.yTitle,
      a.yUnit,
      named.flatMap((entry) => entry.series.y),
    ),
  };
  return {
    data: named.map((entry, index) => line(entry.name, entry.series, index, theme, shown)),
    layout: {
      xaxis: {
        title: { text: shown.x.title },
        type: a.xLog ? 'log' : 'linear',
        automargin: true,
        ...shown.x.axis,
      },
      yaxis: {
        title: { text: verticalTitle(logY ? logScaleTitle(shown.y.title) : shown.y.title, theme) },
        type: logY ? 'log' : 'linear',
        rangemode: logY ? 'normal' : 'tozero',
        automargin: true,
        ...shown.y.axis,
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
