// Builds the plotly figure of a sweep: the P10-P90 band with the model's error (a light outer shade) and the
// Monte Carlo P10-P90 band of the inputs (a darker inner shade), each two traces with the second filled to the
// first, the expected-value line, and a marker at the current setting. The axes have fixed margins and tick angles and no
// overflow check: this chart redraws as a control moves, and plotly's measuring of every label for those was
// most of its drawing time (bench/ui.bench.ts). Numbers on the axes follow axisFormat.ts.
import type { SweepSeries } from '../series/sweepSeries';
import { axisDisplay, shownPositions, shownValues, verticalTitle } from './axisFormat';
import { HOVER_TEXT_ONLY, hoverPairs, hoverValues } from './hoverText';
import { SERIES_COLOURS } from './palette';
import type { PlotFigure, ScatterTrace } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

/** Legend name of the outer band (followed by what it rests on). */
export const MODEL_BAND_NAME = 'P10-P90 with model error';

/** The current parameter value and its metric value, marked on the sweep. */
export interface CurrentPoint {
  x: number;
  y: number;
}

/** The figure for a prepared sweep series. */
export function sweepFigure(
  series: SweepSeries,
  current: CurrentPoint | null,
  theme: ChartTheme = CHART_THEMES.normal,
): PlotFigure {
  const allY = [...series.y, ...(series.band?.p10 ?? []), ...(series.band?.p90 ?? [])];
  const xShown = axisDisplay(series.xTitle, series.xUnit, series.x);
  const yShown = axisDisplay(series.yTitle, series.yUnit, allY);
  const x = shownPositions(series.x, xShown);
  const y = (values: ReadonlyArray<number | null>) => shownValues(values, yShown);
  // Hover texts are written from the values in their own units (not the divided ones the axes show).
  const hover = (values: ReadonlyArray<number | null>, prefix: string) =>
    hoverValues(values, series.yUnit, prefix);
  const data: ScatterTrace[] = [];
  if (series.modelBand) {
    data.push({
      type: 'scatter',
      name: 'Model error low',
      x,
      y: y(series.modelBand.low),
      mode: 'lines',
      line: { color: SERIES_COLOURS.modelBand, width: 0 },
      showlegend: false,
      hovertext: hover(series.modelBand.low, 'with model error: P10 '),
      hovertemplate: HOVER_TEXT_ONLY,
    });
    data.push({
      type: 'scatter',
      name: `${MODEL_BAND_NAME} (${series.modelBand.basis.join('; ')})`,
      x,
      y: y(series.modelBand.high),
      mode: 'lines',
      line: { color: SERIES_COLOURS.modelBand, width: 0 },
      fill: 'tonexty',
      fillcolor: SERIES_COLOURS.modelBand,
      hovertext: hover(series.modelBand.high, 'with model error: P90 '),
      hovertemplate: HOVER_TEXT_ONLY,
    });
  }
  if (series.band) {
    data.push({
      type: 'scatter',
      name: 'P10',
      x,
      y: y(series.band.p10),
      mode: 'lines',
      line: { color: SERIES_COLOURS.band, width: 0 },
      showlegend: false,
      hovertext: hover(series.band.p10, 'P10 '),
      hovertemplate: HOVER_TEXT_ONLY,
    });
    data.push({
      type: 'scatter',
      name: 'P10-P90 (Monte Carlo)',
      x,
      y: y(series.band.p90),
      mode: 'lines',
      line: { color: SERIES_COLOURS.band, width: 0 },
      fill: 'tonexty',
      fillcolor: SERIES_COLOURS.band,
      hovertext: hover(series.band.p90, 'P90 '),
      hovertemplate: HOVER_TEXT_ONLY,
    });
  }
  data.push({
    type: 'scatter',
    name: 'Expected value',
    x,
    y: y(series.y),
    mode: 'lines+markers',
    line: { color: SERIES_COLOURS.line, width: theme.lineWidth },
    marker: { color: SERIES_COLOURS.line, size: theme.markerSize },
    hovertext: hoverPairs(series.x, series.xUnit, series.y, series.yUnit),
    hovertemplate: '%{hovertext}<extra>expected</extra>',
  });
  if (current && Number.isFinite(current.y)) {
    data.push({
      type: 'scatter',
      name: 'Current setting',
      x: shownPositions([current.x], xShown),
      y: y([current.y]),
      mode: 'markers',
      marker: { color: SERIES_COLOURS.current, size: theme.markerSize + 7, symbol: 'diamond' },
      hovertext: hoverPairs([current.x], series.xUnit, [current.y], series.yUnit).map(
        (text) => `current: ${text}`,
      ),
      hovertemplate: HOVER_TEXT_ONLY,
    });
  }
  return {
    data,
    layout: {
      xaxis: {
        title: { text: xShown.title },
        type: series.xLog ? 'log' : 'linear',
        ...xShown.axis,
        ticklabeloverflow: 'allow',
        tickangle: 0,
      },
      yaxis: {
        title: { text: verticalTitle(yShown.title, theme) },
        type: series.yLog ? 'log' : 'linear',
        rangemode: series.yLog ? 'normal' : 'tozero',
        ticklabeloverflow: 'allow',
        tickangle: 0,
        ...yShown.axis,
      },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.12, traceorder: 'normal' },
      margin: theme.margin,
      height: theme.chartHeight,
      font: theme.font,
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      hovermode: 'closest',
      uirevision: `${series.xTitle}|${series.yTitle}`,
    },
  };
}
