// The Compare chart's y axis: log when all configurations' values together span more than two decades (each
// alone may not), linear otherwise, and the user's choice wins over the data.
import { describe, expect, it } from 'vitest';
import { compareFigure, compareLogY } from '../../../src/app/charts/compareFigure';
import { type SweepSeries, spansDecades } from '../../../src/app/series/sweepSeries';

const series = (y: Array<number | null>): SweepSeries => ({
  x: y.map((_, index) => index),
  y,
  band: null,
  modelBand: null,
  xTitle: 'x',
  yTitle: 'y',
  xUnit: 'count',
  yUnit: 'tokens/s',
  xLog: false,
  yLog: false,
});

describe('compare axis', () => {
  it('turns log when the configurations together span decades', () => {
    const flatHigh = series([5e5, 5.1e5]);
    const flatLow = series([2, 2.1]);
    expect(compareLogY([flatHigh], 'auto')).toBe(false);
    expect(compareLogY([flatHigh, flatLow], 'auto')).toBe(true);
    expect(compareLogY([flatHigh, flatLow], 'linear')).toBe(false);
    expect(compareLogY([flatHigh], 'log')).toBe(true);
  });

  it('stays linear with a zero or negative value', () => {
    expect(spansDecades([0, 1e6])).toBe(false);
    expect(spansDecades([1, 1e6, null])).toBe(true);
  });

  it('draws one trace per configuration, named A, B, C, D', () => {
    const figure = compareFigure(series([1]), series([2]), undefined, [
      { name: 'C', series: series([1e4]) },
      { name: 'D', series: series([3]) },
    ]);
    expect(figure.data.map((trace) => trace.name)).toEqual(['A (current)', 'B', 'C', 'D']);
    expect(figure.layout.yaxis?.type).toBe('log');
  });
});
