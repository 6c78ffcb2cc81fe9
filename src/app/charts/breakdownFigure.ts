// Builds the plotly figure of the step-time breakdown: one horizontal stacked bar, one trace per category.
import { formatDuration } from '../format/formatNumber';
import type { BreakdownSlice } from '../series/breakdownSeries';
import { axisDisplay } from './axisFormat';
import { HOVER_TEXT_ONLY, hoverLines } from './hoverText';
import { CATEGORY_COLOURS } from './palette';
import type { BarTrace, PlotFigure } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

/** The stacked bar for the categories of one step; `stepLabel` names what a step is. */
export function breakdownFigure(
  slices: readonly BreakdownSlice[],
  stepLabel: string,
  theme: ChartTheme = CHART_THEMES.normal,
): PlotFigure {
  const total = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const shown = axisDisplay(`Time per ${stepLabel} (s)`, 's', [total]);
  const data: BarTrace[] = slices.map((slice) => ({
    type: 'bar',
    name: slice.category,
    x: [slice.seconds / shown.divideBy],
    y: [stepLabel],
    orientation: 'h',
    marker: { color: CATEGORY_COLOURS[slice.category], line: { color: '#1a1a1a', width: 0.5 } },
    hovertext: [hoverLines([`${slice.category}: ${formatDuration(slice.seconds)}`, ...slice.termNames])],
    hovertemplate: HOVER_TEXT_ONLY,
  }));
  return {
    data,
    layout: {
      barmode: 'stack',
      xaxis: {
        title: { text: shown.title },
        rangemode: 'tozero',
        ...shown.axis,
        ticklabeloverflow: 'allow',
        tickangle: 0,
      },
      yaxis: { showticklabels: false },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.35 },
      margin: { ...theme.margin, l: 16 },
      height: Math.round(theme.chartHeight * 0.53),
      font: theme.font,
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      hovermode: 'closest',
    },
  };
}
