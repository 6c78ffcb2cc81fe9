// Every chart's hover text is the one readable format with the value's unit: the traces each figure builder
// makes carry prepared hover text ("586k tokens/s", "3 days", "43.3%"), and no template asks plotly to format
// a number itself (%{y:.3g} gave "5.86e+05").
import { describe, expect, it } from 'vitest';
import { breakdownFigure } from '../../../src/app/charts/breakdownFigure';
import { compareFigure } from '../../../src/app/charts/compareFigure';
import { histogramFigure } from '../../../src/app/charts/histogramFigure';
import { hoverLines, hoverPairs, hoverValues } from '../../../src/app/charts/hoverText';
import type { PlotFigure } from '../../../src/app/charts/plotlyTypes';
import { scenarioFigure } from '../../../src/app/charts/scenarioFigure';
import { sweepFigure } from '../../../src/app/charts/sweepFigure';
import { techniqueMapFigure } from '../../../src/app/charts/techniqueMapFigure';
import type { HistogramSeries } from '../../../src/app/series/claimSeries';
import type { ScenarioSeriesSet } from '../../../src/app/series/scenarioSeries';
import type { SweepSeries } from '../../../src/app/series/sweepSeries';
import { techniqueRows } from '../../../src/app/series/techniqueSeries';
import type { TechniqueMapPoint } from '../../../src/core/techniqueMap/techniqueMap';

const DAY_S = 86_400;

const sweep = (y: Array<number | null>, yUnit: string): SweepSeries => ({
  x: [10, 100, 1000],
  y,
  band: { p10: y.map((value) => (value === null ? null : value * 0.9)), p90: y },
  modelBand: null,
  xTitle: 'Round-trip time (ms)',
  yTitle: 'y',
  xUnit: 'ms',
  yUnit,
  xLog: true,
  yLog: false,
});

/** Hover templates that let plotly format a number itself (the x of a category bar is a label, not a number). */
const plotlyFormatted = (figure: PlotFigure): string[] =>
  figure.data
    .map((trace) => trace.hovertemplate ?? '(no template)')
    .filter((template) => /%\{y|%\{x:|%\{customdata|\(no template\)/.test(template));

/** Traces whose template shows %{hovertext} but that carry none for some point. */
const missingText = (figure: PlotFigure): string[] =>
  figure.data
    .filter((trace) => trace.hovertemplate?.includes('%{hovertext}'))
    .filter((trace) => trace.hovertext?.length !== trace.x.length)
    .map((trace) => trace.name);

const allHover = (figure: PlotFigure): string[] => figure.data.flatMap((trace) => trace.hovertext ?? []);

function expectOwnFormat(figure: PlotFigure): void {
  expect(plotlyFormatted(figure)).toEqual([]);
  expect(missingText(figure)).toEqual([]);
  // No exponent plotly-style ("5.86e+05") anywhere in a hover.
  expect(allHover(figure).filter((text) => /e\+/.test(text))).toEqual([]);
}

describe('chart hover text', () => {
  it('formats values with their unit, gaps as a dash', () => {
    expect(hoverValues([586_000, null, 3 * DAY_S], 'tokens/s')).toEqual([
      '586k tokens/s',
      '—',
      '259k tokens/s',
    ]);
    expect(hoverValues([3 * DAY_S], 's', 'P10 ')).toEqual(['P10 3 days']);
    expect(hoverPairs([100, 'a<b'], 'ms', [0.433, 0.5], 'fraction')).toEqual([
      '100 ms → 43.3%',
      'a&lt;b → 50%',
    ]);
    expect(hoverLines(['<b>x</b>', 'y & z'])).toBe('<b>&lt;b&gt;x&lt;/b&gt;</b><br>y &amp; z');
  });

  it('sweep: the line, both bands and the current point', () => {
    const figure = sweepFigure(sweep([586_000, 612_000, null], 'tokens/s'), { x: 100, y: 612_000 });
    expectOwnFormat(figure);
    const texts = allHover(figure);
    expect(texts).toContain('10 ms → 586k tokens/s');
    expect(texts).toContain('P10 527k tokens/s');
    expect(texts).toContain('current: 100 ms → 612k tokens/s');
    const days = sweepFigure(sweep([3 * DAY_S, 30 * DAY_S, 400 * DAY_S], 's'), null);
    // Milliseconds read as durations too (not "1k ms", "1.0e-3 ms").
    expect(allHover(days)).toContain('1 s → 1.1 years');
    expect(hoverValues([0.001, 65], 'ms')).toEqual(['1 µs', '65 ms']);
  });

  it('compare: every configuration', () => {
    const figure = compareFigure(
      sweep([586_000, 1, 2], 'tokens/s'),
      sweep([0.5, 0.25, 0.1], 'tokens/s'),
      undefined,
      [{ name: 'C', series: sweep([3e9, 1, 1], 'tokens/s') }],
    );
    expectOwnFormat(figure);
    expect(figure.data.map((trace) => trace.hovertext?.[0])).toEqual([
      '10 ms → 586k tokens/s',
      '10 ms → 0.5 tokens/s',
      '10 ms → 3G tokens/s',
    ]);
  });

  it('scenario: lines with bands and bars per variant', () => {
    const lines: ScenarioSeriesSet = {
      kind: 'lines',
      lines: [
        { label: 'v', x: [1, 2], y: [7200, 90_000], band: { p10: [7000, 80_000], p90: [8000, 99_000] } },
      ],
      xTitle: 'Nodes',
      yTitle: 'Time to finish (s)',
      xUnit: 'count',
      yUnit: 's',
      xLog: false,
    };
    const lineFigure = scenarioFigure(lines);
    expectOwnFormat(lineFigure);
    expect(allHover(lineFigure)).toEqual(
      expect.arrayContaining(['2 → 1.04 days', 'P90 1.15 days', 'P10 1.94 h']),
    );
    const bars: ScenarioSeriesSet = { ...lines, kind: 'bars', xUnit: '', yUnit: 'fraction' };
    bars.lines = [{ label: '', x: ['A', 'B'], y: [0.4331, 0.000_000_86], band: null }];
    const barFigure = scenarioFigure(bars);
    expectOwnFormat(barFigure);
    expect(barFigure.data[0]?.hovertext).toEqual(['43.3%', '8.6e-5%']);
  });

  it('claim histogram: bin ranges, draw counts and the claimed value', () => {
    const series: HistogramSeries = {
      groups: [{ name: 'holds', role: 'holds', x: [1], width: [1], count: [1234], rangeText: ['1 to 2 h'] }],
      claimedValue: 1,
      claimedText: '1 h',
      xTitle: 'Step time (s)',
      xUnit: 's',
      xLog: false,
      maxCount: 1234,
      xRange: null,
      claimedOffChart: null,
    };
    const figure = histogramFigure(series);
    expectOwnFormat(figure);
    expect(allHover(figure)).toEqual(['1 to 2 h: 1.23k draws', 'claimed: 1 h', 'claimed: 1 h']);
  });

  it('step breakdown and technique map', () => {
    const breakdown = breakdownFigure(
      [{ category: 'compute', seconds: 5400, termNames: ['Forward: 1 h'] }],
      'step',
    );
    expectOwnFormat(breakdown);
    expect(breakdown.data[0]?.hovertext).toEqual(['<b>compute: 1.5 h</b><br>Forward: 1 h']);
    const point: TechniqueMapPoint = {
      privacyTechnique: 'none',
      verificationTechnique: 'none',
      throughputTokensPerS: 586_000,
      stepTimeS: 2,
      privacyExposureProbabilityFraction: 0.771,
      detectionProbabilityFraction: 0,
      privacyTrustAssumption: 'fewer than 1/3 of nodes <collude>',
      verificationTrustAssumption: 'nobody',
      paretoOptimal: true,
      onExposureFrontier: true,
      onDetectionFrontier: true,
      warnings: [],
    };
    const map = techniqueMapFigure(techniqueRows([point]));
    const markers = map.data.filter((trace) => trace.type === 'scatter' && trace.mode === 'markers');
    expect(markers.length).toBe(2);
    for (const trace of markers) {
      expect(trace.hovertemplate).toBe('%{hovertext}<extra></extra>');
      const [text] = trace.hovertext ?? [];
      expect(text).toContain('Throughput: 586k tokens/s<br>Data exposure: 77.1%');
      // Markup is the app's own; the trust text is shown as written.
      expect(text).toContain('fewer than 1/3 of nodes &lt;collude&gt;');
    }
  });
});
