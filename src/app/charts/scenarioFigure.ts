// Builds the plotly figure of a scenario run: lines per variant along the sweep (with P10-P90 bands when the
// scenario ran Monte Carlo), or bars per variant when it has no sweep.
import type { ScenarioSeriesSet } from '../series/scenarioSeries';
import { axisDisplay, shownValues } from './axisFormat';
import { HOVER_TEXT_ONLY, HOVER_WITH_NAME, hoverPairs, hoverValues } from './hoverText';
import { OKABE_ITO } from './palette';
import type { PlotFigure, PlotTrace } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

/** Series colours in order; yellow is left out because thin yellow lines are hard to see on white. */
const SERIES_ORDER = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
];
/** Line dashes in order, so series differ by more than colour. */
const DASHES = ['solid', 'dash', 'dot'] as const;

const colourAt = (index: number): string => SERIES_ORDER[index % SERIES_ORDER.length] ?? OKABE_ITO.black;

const translucent = (hex: string): string => {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, 0.18)`;
};

/** The figure for prepared scenario series. */
export function scenarioFigure(set: ScenarioSeriesSet, theme: ChartTheme = CHART_THEMES.normal): PlotFigure {
  const allY = set.lines.flatMap((line) => [...line.y, ...(line.band?.p10 ?? []), ...(line.band?.p90 ?? [])]);
  const shown = axisDisplay(set.yTitle, set.yUnit, allY);
  const y = (values: ReadonlyArray<number | null>) => shownValues(values, shown);
  const data: PlotTrace[] = [];
  if (set.kind === 'bars') {
    const line = set.lines[0];
    data.push({
      type: 'bar',
      name: set.yTitle,
      x: line?.x ?? [],
      y: y(line?.y ?? []).map((value) => value ?? 0),
      orientation: 'v',
      marker: { color: OKABE_ITO.blue },
      hovertext: hoverValues(line?.y ?? [], set.yUnit),
      hovertemplate: '%{x}: %{hovertext}<extra></extra>',
    });
  } else {
    set.lines.forEach((line, index) => {
      const colour = colourAt(index);
      if (line.band) {
        data.push({
          type: 'scatter',
          name: `${line.label} P10`,
          x: line.x,
          y: y(line.band.p10),
          mode: 'lines',
          line: { color: colour, width: 0 },
          showlegend: false,
          hovertext: hoverValues(line.band.p10, set.yUnit, 'P10 '),
          hovertemplate: HOVER_TEXT_ONLY,
        });
        data.push({
          type: 'scatter',
          name: `${line.label} P10-P90`,
          x: line.x,
          y: y(line.band.p90),
          mode: 'lines',
          line: { color: colour, width: 0 },
          fill: 'tonexty',
          fillcolor: translucent(colour),
          showlegend: false,
          hovertext: hoverValues(line.band.p90, set.yUnit, 'P90 '),
          hovertemplate: HOVER_TEXT_ONLY,
        });
      }
      data.push({
        type: 'scatter',
        name: line.label,
        x: line.x,
        y: y(line.y),
        mode: 'lines+markers',
        line: { color: colour, width: 2, dash: DASHES[index % DASHES.length] },
        marker: { color: colour, size: 6 },
        hovertext: hoverPairs(line.x, set.xUnit, line.y, set.yUnit),
        hovertemplate: HOVER_WITH_NAME,
      });
    });
  }
  return {
    data,
    layout: {
      xaxis: {
        title: { text: set.xTitle },
        type: set.kind === 'bars' ? 'category' : set.xLog ? 'log' : undefined,
        automargin: true,
        exponentformat: 'SI',
      },
      yaxis: { title: { text: shown.title }, rangemode: 'tozero', automargin: true, ...shown.axis },
      showlegend: set.kind === 'lines',
      legend: { orientation: 'h', x: 0, y: 1.15, traceorder: 'normal' },
      margin: { ...theme.margin, b: theme.margin.b + 10 },
      height: theme.chartHeight + 20,
      font: theme.font,
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      hovermode: 'closest',
    },
  };
}
