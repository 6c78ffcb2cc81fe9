// Chart axes share one number format: SI ticks, percent for fractions, durations shown in the unit that reads
// (the same unit for every series of a chart).
import { describe, expect, it } from 'vitest';
import { axisDisplay, shownValues, verticalTitle } from '../../../src/app/charts/axisFormat';
import { compareFigure } from '../../../src/app/charts/compareFigure';
import { CHART_THEMES } from '../../../src/app/charts/theme';
import type { SweepSeries } from '../../../src/app/series/sweepSeries';

const series = (y: number[], yUnit: string, yTitle: string): SweepSeries => ({
  x: y.map((_, index) => index + 1),
  y,
  band: null,
  modelBand: null,
  xTitle: 'Nodes',
  yTitle,
  xUnit: 'count',
  yUnit,
  xLog: false,
  yLog: false,
});

describe('axis format', () => {
  it('shows long durations in days, with the title saying so', () => {
    const shown = axisDisplay('Time to finish (s)', 's', [86_400 * 3, 86_400 * 20, null]);
    expect(shown.title).toBe('Time to finish (days)');
    expect(shownValues([86_400 * 3, null], shown)).toEqual([3, null]);
    expect(shown.axis.exponentformat).toBe('SI');
  });

  it('writes fractions as percent and everything else with SI prefixes', () => {
    expect(axisDisplay('Utilization (MFU) (fraction)', 'fraction', [0.4])).toEqual({
      divideBy: 1,
      title: 'Utilization (MFU)',
      axis: { tickformat: '~%' },
    });
    expect(axisDisplay('Throughput (tokens/s)', 'tokens/s', [6e5]).axis).toEqual({ exponentformat: 'SI' });
  });

  it('puts every configuration of a comparison on one duration scale', () => {
    const minutes = series([120, 180], 's', 'Step time (s)');
    const hours = series([7200, 36_000], 's', 'Step time (s)');
    const figure = compareFigure(minutes, hours);
    expect(figure.layout.yaxis?.title?.text).toMatch(/^Step time \(h[,)]/);
    expect(figure.data[0]?.y).toEqual([120 / 3600, 180 / 3600]);
    expect(figure.data[1]?.y).toEqual([2, 10]);
  });

  it("puts a vertical title's unit on its own line in presenter mode", () => {
    expect(verticalTitle('Throughput (tokens/s)', CHART_THEMES.presenter)).toBe('Throughput\n(tokens/s)');
    expect(verticalTitle('Throughput (tokens/s)', CHART_THEMES.normal)).toBe('Throughput (tokens/s)');
    expect(verticalTitle('Draws', CHART_THEMES.presenter)).toBe('Draws');
    const figure = compareFigure(
      series([1, 1e6], 'tokens/s', 'Throughput (tokens/s)'),
      series([2, 3], 'tokens/s', 'T'),
    );
    expect(figure.layout.yaxis?.title?.text).toBe('Throughput (tokens/s, log scale)');
  });
});
