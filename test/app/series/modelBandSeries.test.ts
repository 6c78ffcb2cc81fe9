// The model-error band of the Explore sweep and the readout's track record: both come from the core's measured
// area error, the band contains the Monte Carlo band, and the figure draws it as a second, labelled shade.
import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../src/app/charts/ChartLegend';
import { SERIES_COLOURS } from '../../../src/app/charts/palette';
import { MODEL_BAND_NAME, sweepFigure } from '../../../src/app/charts/sweepFigure';
import { cornerFigures } from '../../../src/app/explore/triangleReadout';
import { sweepSeries } from '../../../src/app/series/sweepSeries';
import { modelErrorOf } from '../../../src/core/calibration/modelErrorBand';
import type { PointResult } from '../../../src/core/engine/types';
import { defaultParams, setParams } from '../../../src/core/params/table';

// Inference over a WAN: an area with measured predictions (docs/validation.md).
const PARAMS = setParams(defaultParams(), { 'workload.kind': 'inference' });
const result = (value: number): PointResult => ({
  metrics: { throughputTokensPerS: value },
  bands: { throughputTokensPerS: { p10: value * 0.9, p50: value, p90: value * 1.1 } },
  labels: {},
  terms: [],
  warnings: [],
  feasible: true,
  infeasibleReasons: [],
});
const POINTS = [
  { value: 10, result: result(10) },
  { value: 100, result: result(20) },
];

describe('the sweep with model error', () => {
  const series = sweepSeries(POINTS, 'network.rttMs', 'throughputTokensPerS', PARAMS);

  it('has a band around the Monte Carlo one, resting on the area it names', () => {
    const error = modelErrorOf('throughputTokensPerS', PARAMS);
    expect(error?.measuredCount).toBeGreaterThan(0);
    expect(series.modelBand?.low[0]).toBeLessThan(9);
    expect(series.modelBand?.high[1]).toBeGreaterThan(22);
    expect(series.modelBand?.basis).toEqual([
      expect.stringContaining(
        `Inference over networks: 90% of ${error?.measuredCount} published predictions`,
      ),
    ]);
  });

  it('has none without parameters', () => {
    expect(sweepSeries(POINTS, 'network.rttMs', 'throughputTokensPerS').modelBand).toBeNull();
  });

  it('draws two shades, each named in the legend', () => {
    const entries = legendEntries(sweepFigure(series, null)).filter((entry) => entry.kind === 'band');
    expect(entries.map((entry) => entry.colour)).toEqual([SERIES_COLOURS.modelBand, SERIES_COLOURS.band]);
    expect(entries[0]?.name.startsWith(MODEL_BAND_NAME)).toBe(true);
    expect(entries[1]?.name).toBe('P10-P90 (Monte Carlo)');
  });
});

describe('the readout with model error', () => {
  it('gives each headline figure with an area its track record and band with model error', () => {
    const figures = cornerFigures(result(10), 'performance', PARAMS);
    const throughput = figures.find((figure) => figure.metric === 'throughputTokensPerS');
    expect(throughput?.modelError?.area).toBe('inference-networks');
    expect(throughput?.modelError?.trackRecord).toMatch(
      /^within 2x on \d+ of \d+ published inference-over-networks figures predicted out of sample$/,
    );
    expect(throughput?.modelError?.bandText).not.toBeNull();
  });

  it('has no track record without parameters', () => {
    expect(cornerFigures(result(10), 'performance')[0]?.modelError).toBeNull();
  });
});
