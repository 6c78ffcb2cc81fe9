// The Explore charts' HTML legend is read from the figure itself: one entry per trace the figure would show in
// plotly's legend, in trace order, with the trace's own colour and how it is drawn.
import { describe, expect, it } from 'vitest';
import { breakdownFigure } from '../../../src/app/charts/breakdownFigure';
import { legendEntries } from '../../../src/app/charts/ChartLegend';
import { compareFigure } from '../../../src/app/charts/compareFigure';
import { CATEGORY_COLOURS, SERIES_COLOURS } from '../../../src/app/charts/palette';
import { sweepFigure } from '../../../src/app/charts/sweepFigure';
import { sweepSeries } from '../../../src/app/series/sweepSeries';

const band = { throughputTokensPerS: { p10: 9, p50: 10, p90: 11 } };
const point = (value: number) => ({
  value,
  result: {
    metrics: { throughputTokensPerS: 10 },
    bands: band,
    labels: {},
    terms: [],
    warnings: [],
    feasible: true,
    infeasibleReasons: [],
  },
});

describe('legendEntries', () => {
  it('lists the sweep chart band, line and current marker, and not the hidden P10 edge', () => {
    const series = sweepSeries([point(1), point(10)], 'network.rttMs', 'throughputTokensPerS');
    const entries = legendEntries(sweepFigure(series, { x: 1, y: 10 }));
    expect(entries).toEqual([
      { name: 'P10-P90 (Monte Carlo)', kind: 'band', colour: SERIES_COLOURS.band },
      { name: 'Expected value', kind: 'line', colour: SERIES_COLOURS.line },
      { name: 'Current setting', kind: 'marker', colour: SERIES_COLOURS.current, symbol: 'diamond' },
    ]);
  });

  it('lists one box per category of the breakdown, in stacking order', () => {
    const figure = breakdownFigure(
      [
        { category: 'compute', seconds: 2, termNames: ['forward'] },
        { category: 'communication', seconds: 1, termNames: ['all-reduce'] },
      ],
      'step',
    );
    expect(legendEntries(figure)).toEqual([
      { name: 'compute', kind: 'box', colour: CATEGORY_COLOURS.compute },
      { name: 'communication', kind: 'box', colour: CATEGORY_COLOURS.communication },
    ]);
  });

  it('keys each configuration of the Compare chart by colour, dash and marker shape', () => {
    const series = sweepSeries([point(1), point(10)], 'network.rttMs', 'throughputTokensPerS');
    const entries = legendEntries(
      compareFigure(series, series, undefined, [
        { name: 'C', series },
        { name: 'D', series },
      ]),
    );
    expect(entries.map((entry) => [entry.name, entry.dash ?? 'solid', entry.lineSymbol])).toEqual([
      ['A (current)', 'solid', 'circle'],
      ['B', 'dash', 'square'],
      ['C', 'dot', 'diamond'],
      ['D', 'solid', 'triangle-up'],
    ]);
  });
});
