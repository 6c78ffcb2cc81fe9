// Builds the claim check's distribution chart: the histogram of the claimed metric over the draws, bars
// coloured by whether the claim holds there (named in the legend too), and a dashed line at the claimed value.

import { formatSi } from '../../core/format/readable';
import type { HistogramSeries } from '../series/claimSeries';
import { axisDisplay, shownPositions } from './axisFormat';
import { HOVER_TEXT_ONLY } from './hoverText';
import { OKABE_ITO } from './palette';
import type { BarTrace, PlotFigure, ScatterTrace } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

const ROLE_COLOURS = {
  holds: OKABE_ITO.bluishGreen,
  fails: OKABE_ITO.vermillion,
  straddles: '#999999',
} as const;

/** The figure of a prepared histogram. */
export function histogramFigure(
  series: HistogramSeries,
  theme: ChartTheme = CHART_THEMES.normal,
): PlotFigure {
  const shown = axisDisplay(
    series.xTitle,
    series.xUnit,
    series.xRange ?? series.groups.flatMap((group) => group.x),
  );
  const bars: BarTrace[] = series.groups.map((group) => ({
    type: 'bar',
    name: group.name,
    x: shownPositions(group.x, shown),
    y: group.count,
    width: shownPositions(group.width, shown),
    orientation: 'v',
    marker: { color: ROLE_COLOURS[group.role], line: { color: '#1a1a1a', width: 0.5 } },
    hovertext: group.rangeText.map((range, index) => `${range}: ${formatSi(group.count[index] ?? 0)} draws`),
    hovertemplate: HOVER_TEXT_ONLY,
  }));
  const claimed: ScatterTrace = {
    type: 'scatter',
    name: 'Claimed value',
    x: shownPositions([series.claimedValue, series.claimedValue], shown),
    y: [0, series.maxCount],
    mode: 'lines',
    line: { color: OKABE_ITO.black, width: theme.lineWidth, dash: 'dash' },
    hovertext: [0, series.maxCount].map(() => `claimed: ${series.claimedText}`),
    hovertemplate: HOVER_TEXT_ONLY,
  };
  const range: [number, number] | null = series.xRange && [
    series.xRange[0] / shown.divideBy,
    series.xRange[1] / shown.divideBy,
  ];
  const axisRange = range && (series.xLog ? ([Math.log10(range[0]), Math.log10(range[1])] as const) : range);
  const side = series.claimedOffChart;
  return {
    data: [...bars, claimed],
    layout: {
      barmode: 'overlay',
      bargap: 0,
      xaxis: {
        title: { text: shown.title },
        type: series.xLog ? 'log' : 'linear',
        automargin: true,
        ...shown.axis,
        ...(axisRange ? { range: axisRange } : {}),
      },
      ...(side
        ? {
            annotations: [
              {
                text: side === 'left' ? `← claimed ${series.claimedText}` : `claimed ${series.claimedText} →`,
                x: side === 'left' ? 0 : 1,
                y: 1,
                xref: 'paper',
                yref: 'paper',
                xanchor: side,
                showarrow: false,
              },
            ],
          }
        : {}),
      yaxis: { title: { text: 'Draws' }, rangemode: 'tozero', automargin: true },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.15 },
      margin: theme.margin,
      height: theme.chartHeight,
      font: theme.font,
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      hovermode: 'closest',
    },
  };
}
