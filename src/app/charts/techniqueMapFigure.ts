// The technique map's figure: throughput (log axis, shared) against data exposure (top panel) and against
// the chance a cheat is caught (bottom panel). Marker shape = privacy technique, colour = verification
// technique, so neither is told by colour alone; each panel's frontier is a dashed line.
import { PRIVACY_TECHNIQUES, type PrivacyTechnique } from '../../core/privacy/params';
import { PRIVACY_TECHNIQUE_LIST } from '../../core/privacy/techniques';
import { VERIFICATION_TECHNIQUES, type VerificationTechnique } from '../../core/verification/params';
import type { TechniqueRow } from '../series/techniqueSeries';
import { verticalTitle } from './axisFormat';
import { HOVER_TEXT_ONLY, hoverLines } from './hoverText';
import { OKABE_ITO } from './palette';
import type { PlotFigure, ScatterTrace } from './plotlyTypes';
import { CHART_THEMES, type ChartTheme } from './theme';

/** Marker shape of each privacy technique (each technique's own chartSymbol). */
export const PRIVACY_SYMBOLS = Object.fromEntries(
  PRIVACY_TECHNIQUE_LIST.map((technique) => [technique.id, technique.chartSymbol]),
) as Record<PrivacyTechnique, string>;

const PALETTE = [
  OKABE_ITO.black,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.yellow,
];

/** Colour of each verification technique (Okabe-Ito, in table order). */
export const VERIFICATION_COLOURS = Object.fromEntries(
  VERIFICATION_TECHNIQUES.map((technique, index) => [technique, PALETTE[index % PALETTE.length] ?? '#000']),
) as Record<VerificationTechnique, string>;

/** Rows that can sit on a log axis (positive, finite throughput). */
export const plottable = (rows: readonly TechniqueRow[]): TechniqueRow[] =>
  rows.filter((row) => Number.isFinite(row.point.throughputTokensPerS) && row.point.throughputTokensPerS > 0);

/** A point's hover: its names in bold, then its numbers as the table writes them and the trust it rests on. */
const hover = (row: TechniqueRow): string =>
  hoverLines([
    `${row.privacyName} + ${row.verificationName}`,
    `Throughput: ${row.throughputText}`,
    `Data exposure: ${row.exposureText}`,
    `Cheat caught: ${row.detectionText}`,
    `Trust for privacy: ${row.point.privacyTrustAssumption}`,
    `Trust for results: ${row.point.verificationTrustAssumption}`,
  ]);

function markers(
  rows: readonly TechniqueRow[],
  technique: PrivacyTechnique,
  panel: 'y' | 'y2',
  theme: ChartTheme,
): ScatterTrace {
  const own = rows.filter((row) => row.point.privacyTechnique === technique);
  return {
    type: 'scatter',
    name: own[0]?.privacyName ?? technique,
    x: own.map((row) => row.point.throughputTokensPerS),
    y: own.map((row) =>
      panel === 'y' ? row.point.privacyExposureProbabilityFraction : row.point.detectionProbabilityFraction,
    ),
    mode: 'markers',
    marker: {
      symbol: PRIVACY_SYMBOLS[technique],
      size: theme.markerSize * 2 + 2,
      color: own.map((row) => VERIFICATION_COLOURS[row.point.verificationTechnique]),
      line: { color: '#ffffff', width: 1 },
    },
    hovertext: own.map(hover),
    customdata: own.map((row) => row.key),
    hovertemplate: HOVER_TEXT_ONLY,
    showlegend: panel === 'y',
    yaxis: panel,
  };
}

function frontier(rows: readonly TechniqueRow[], panel: 'y' | 'y2', theme: ChartTheme): ScatterTrace {
  const onIt = rows
    .filter((row) => (panel === 'y' ? row.point.onExposureFrontier : row.point.onDetectionFrontier))
    .sort((a, b) => a.point.throughputTokensPerS - b.point.throughputTokensPerS);
  return {
    type: 'scatter',
    name: panel === 'y' ? 'Frontier: throughput and exposure' : 'Frontier: throughput and detection',
    x: onIt.map((row) => row.point.throughputTokensPerS),
    y: onIt.map((row) =>
      panel === 'y' ? row.point.privacyExposureProbabilityFraction : row.point.detectionProbabilityFraction,
    ),
    mode: 'lines',
    line: { color: OKABE_ITO.black, width: theme.lineWidth / 2 + 0.5, dash: 'dash' },
    hovertemplate: '<extra></extra>',
    showlegend: panel === 'y',
    yaxis: panel,
  };
}

/** The map's figure from its table rows (those with no positive throughput are left out). */
export function techniqueMapFigure(
  allRows: readonly TechniqueRow[],
  theme: ChartTheme = CHART_THEMES.normal,
): PlotFigure {
  const rows = plottable(allRows);
  // In large type each panel's title must fit its half of the chart's height.
  const better = theme.unitOnOwnLine ? 'better' : 'is better';
  const present = PRIVACY_TECHNIQUES.filter((technique) =>
    rows.some((row) => row.point.privacyTechnique === technique),
  );
  return {
    data: [
      frontier(rows, 'y', theme),
      frontier(rows, 'y2', theme),
      ...present.map((technique) => markers(rows, technique, 'y', theme)),
      ...present.map((technique) => markers(rows, technique, 'y2', theme)),
    ],
    layout: {
      xaxis: {
        title: { text: 'Throughput (tokens/s, log scale)' },
        type: 'log',
        anchor: 'y2',
        automargin: true,
        exponentformat: 'SI',
      },
      yaxis: {
        title: { text: verticalTitle(`Data exposure (lower ${better})`, theme) },
        domain: [0.54, 1],
        anchor: 'x',
        tickformat: '.0%',
        rangemode: 'tozero',
        automargin: true,
      },
      yaxis2: {
        title: { text: verticalTitle(`Cheat caught (higher ${better})`, theme) },
        domain: [0, 0.44],
        anchor: 'x',
        tickformat: '.0%',
        range: [-0.05, 1.05],
        automargin: true,
      },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.2 },
      margin: theme.margin,
      height: theme.chartHeight * 1.8,
      font: theme.font,
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      hovermode: 'closest',
    },
  };
}
