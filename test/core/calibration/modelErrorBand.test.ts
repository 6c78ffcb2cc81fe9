// The model-error band: which area a metric belongs to, how the area's measured error widens a value or a
// Monte Carlo band, and the track-record line.
import { describe, expect, it } from 'vitest';
import { ERROR_AREA_IDS } from '../../../src/core/calibration/errorAreas';
import { DATACENTRE_MAX_RTT_MS, errorAreaOfMetric } from '../../../src/core/calibration/metricArea';
import {
  modelErrorBand,
  modelErrorOf,
  modelErrorOfArea,
  trackRecordLine,
} from '../../../src/core/calibration/modelErrorBand';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';

const withParams = (values: Record<string, number | string>): Params => setParams(defaultParams(), values);

describe('errorAreaOfMetric', () => {
  it('puts performance figures under the job and its network', () => {
    expect(errorAreaOfMetric('stepTimeS', defaultParams())).toBe('training-networks');
    const datacentre = withParams({ 'network.rttMs': DATACENTRE_MAX_RTT_MS });
    expect(errorAreaOfMetric('stepTimeS', datacentre)).toBe('datacentre-training');
    const inference = withParams({ 'workload.kind': 'inference' });
    expect(errorAreaOfMetric('throughputTokensPerS', inference)).toBe('inference-networks');
  });

  it('puts privacy figures under the privacy technique and has no area for none', () => {
    const mpc = withParams({ 'privacy.technique': 'mpc' });
    expect(errorAreaOfMetric('securePassTimeS', mpc)).toBe('mpc');
    expect(errorAreaOfMetric('stepTimeS', mpc)).toBe('mpc');
    const tee = withParams({ 'privacy.technique': 'tee' });
    expect(errorAreaOfMetric('stepTimeS', tee)).toBe('training-networks');
    expect(errorAreaOfMetric('securePassTimeS', defaultParams())).toBeUndefined();
    expect(errorAreaOfMetric('notAMetric', mpc)).toBeUndefined();
  });
});

describe('modelErrorBand', () => {
  const measured = ERROR_AREA_IDS.map(modelErrorOfArea).find((error) => error.log10Sd !== null);

  it('has the data of at least one measured area', () => {
    expect(measured).toBeDefined();
  });

  it('is the value x/÷ 10^(z90 sd) without a Monte Carlo band, inside the 90% factor', () => {
    const params = defaultParams();
    const error = modelErrorOf('stepTimeS', params);
    const band = modelErrorBand('stepTimeS', params, 10);
    if (!error?.log10Sd || !error.factor90 || !band?.low || !band.high) throw new Error('no measured band');
    expect(band.high / 10).toBeCloseTo(10 / band.low, 9);
    expect(Math.log10(band.high / 10)).toBeCloseTo(1.2815515655446004 * error.log10Sd, 9);
    expect(band.high).toBeLessThan(10 * error.factor90);
  });

  it('contains the Monte Carlo band and widens each side by its own spread', () => {
    const band = modelErrorBand('stepTimeS', defaultParams(), 10, { p10: 8, p50: 10, p90: 20 });
    expect(band?.low).toBeLessThan(8);
    expect(band?.high).toBeGreaterThan(20);
  });

  it('has no bounds for a value that is not positive, and keeps fractions at or below 1', () => {
    expect(modelErrorBand('stepTimeS', defaultParams(), 0)).toMatchObject({ low: null, high: null });
    expect(modelErrorBand('utilizationFraction', defaultParams(), 0.99)?.high).toBeLessThanOrEqual(1);
  });

  it('says when an area has no measured prediction', () => {
    expect(trackRecordLine({ area: 'zk', measuredCount: 0, withinFactor2Count: 0 })).toBe(
      "no published zk-proof figures predicted out of sample yet: the model's error here is unknown",
    );
  });

  it('states the track record as within 2x on k of n', () => {
    expect(trackRecordLine({ area: 'mpc', measuredCount: 11, withinFactor2Count: 9 })).toBe(
      'within 2x on 9 of 11 published MPC figures predicted out of sample',
    );
  });
});
