// Epoch AI's 2030 figures (cases epoch-2030-power, epoch-latency-wall, epoch-us-fibre-ring), reproduced from
// the `limits` inputs a user could type, through the engine's evaluatePoint.
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';

/** Nine months in days (9 x 365.25 / 12). */
const NINE_MONTHS_DAYS = 273.9375;
const metricsFor = (values: Record<string, number>) =>
  evaluatePoint(setParams(defaultParams(), values)).metrics;
const ordersApart = (model: number, published: number) => Math.abs(Math.log10(model / published));
const relativeMiss = (model: number, published: number) => Math.abs(model / published - 1);

describe('calibration: epoch-2030-power (power +-10%, FLOP bounds +-0.5 orders)', () => {
  const central = metricsFor({});

  it('puts Llama 3.1 405B at about 27 MW (16,000 H100 x 1,700 W)', () => {
    expect(relativeMiss(central.referenceRunPowerMW ?? Number.NaN, 27)).toBeLessThan(0.1);
  });

  it('needs about 6 GW for a 2e29 FLOP run with a 24x efficiency gain (4x hardware, 2x FP8, 3x longer)', () => {
    expect(relativeMiss(central.powerRequiredForTargetRunGW ?? Number.NaN, 6)).toBeLessThan(0.1);
  });

  it('supports 1e28 to 3e29 FLOP on 1-5 GW campuses', () => {
    expect(metricsFor({ 'limits.powerAvailableGW': 1 }).powerBoundFlop).toBeGreaterThanOrEqual(1e28);
    expect(metricsFor({ 'limits.powerAvailableGW': 5 }).powerBoundFlop).toBeLessThanOrEqual(3e29);
  });

  it('finds about 10,000x GPT-4 feasible on power, and about 9e29 FLOP on chips', () => {
    expect(ordersApart(central.powerBoundVsGpt4Ratio ?? Number.NaN, 10_000)).toBeLessThan(0.5);
    expect(ordersApart(central.chipBoundFlop ?? Number.NaN, 9e29)).toBeLessThan(0.5);
    expect(ordersApart(central.bindingLimitFlop ?? Number.NaN, 2e29)).toBeLessThan(0.5);
  });

  it('bounds data between 6e28 (400T tokens) and 2e32 FLOP (20 quadrillion tokens)', () => {
    expect(
      ordersApart(metricsFor({ 'limits.tokensAvailableCount': 4e14 }).dataBoundFlop ?? Number.NaN, 6e28),
    ).toBeLessThan(0.5);
    expect(
      ordersApart(metricsFor({ 'limits.tokensAvailableCount': 2e16 }).dataBoundFlop ?? Number.NaN, 2e32),
    ).toBeLessThan(0.5);
  });

  it('places the latency wall inside the published 3e30-1e32 FLOP range', () => {
    expect(central.latencyWallFlop).toBeGreaterThanOrEqual(3e30);
    expect(central.latencyWallFlop).toBeLessThanOrEqual(1e32);
  });
});

describe('calibration: epoch-latency-wall (+-0.5 orders)', () => {
  it('bounds a 9-month run at 120 us per layer and 60M-token batches near 6e31 FLOP', () => {
    const metrics = metricsFor({
      'limits.runDurationDays': NINE_MONTHS_DAYS,
      'limits.perLayerLatencyUs': 120,
      'limits.batchTokensCount': 6e7,
      'limits.tokensPerParameterRatio': 20,
    });
    expect(ordersApart(metrics.latencyWallFlop ?? Number.NaN, 6e31)).toBeLessThan(0.5);
  });
});

describe('calibration: epoch-us-fibre-ring (factor 2)', () => {
  const metrics = metricsFor({
    'limits.ringLengthKm': 11_000,
    'limits.runDurationDays': 300,
    'limits.batchTokensCount': 6e7,
  });

  it('syncs in 110 ms: twice around 11,000 km of fibre at 2e8 m/s', () => {
    expect(metrics.fibreRingSyncS).toBeCloseTo(0.11, 12);
  });

  it('fits about 2.4e8 updates in 300 days and about 6e31 FLOP', () => {
    const updates = metrics.fibreRingUpdateCount ?? Number.NaN;
    const flop = metrics.fibreRingMaxFlop ?? Number.NaN;
    expect(updates / 2.4e8).toBeGreaterThan(0.5);
    expect(updates / 2.4e8).toBeLessThan(2);
    expect(flop / 6e31).toBeGreaterThan(0.5);
    expect(flop / 6e31).toBeLessThan(2);
  });
});
