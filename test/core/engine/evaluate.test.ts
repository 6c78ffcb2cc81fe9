// Behaviour of the engine's composition: determinism, purity, the breakdown adding up, and the analytic
// and Monte Carlo paths agreeing on the expected step time.
import { describe, expect, it } from 'vitest';
import { datacentreReference, effectContext, evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';

const heterogeneous = setParams(defaultParams(), {
  'heterogeneity.speedSigma': 0.3,
  'network.rttJitterFraction': 0.2,
});
const monteCarlo = { seed: 'engine-test', runCount: 40, stepCount: 200 };

describe('evaluatePoint', () => {
  it('gives byte-identical results for the same params and seed', () => {
    const first = JSON.stringify(evaluatePoint(heterogeneous, monteCarlo));
    const second = JSON.stringify(evaluatePoint(heterogeneous, monteCarlo));
    expect(second).toBe(first);
  });

  it('gives different Monte Carlo draws for a different seed', () => {
    const first = evaluatePoint(heterogeneous, monteCarlo).bands.stepTimeS;
    const second = evaluatePoint(heterogeneous, { ...monteCarlo, seed: 'another-seed' }).bands.stepTimeS;
    expect(second).not.toEqual(first);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(heterogeneous);
    evaluatePoint(heterogeneous, monteCarlo);
    expect(JSON.stringify(heterogeneous)).toBe(before);
  });

  it('has a breakdown whose terms add up to the step time', () => {
    const result = evaluatePoint(heterogeneous);
    const sum = result.terms.reduce((total, term) => total + term.seconds, 0);
    expect(sum).toBeCloseTo(result.metrics.stepTimeS ?? Number.NaN, 9);
  });

  it('orders its Monte Carlo percentiles', () => {
    const band = evaluatePoint(heterogeneous, monteCarlo).bands.stepTimeS;
    expect(band).toBeDefined();
    expect(band!.p10).toBeLessThanOrEqual(band!.p50);
    expect(band!.p50).toBeLessThanOrEqual(band!.p90);
  });

  it('agrees with its Monte Carlo median on the mean step time within a few percent', () => {
    const result = evaluatePoint(heterogeneous, { ...monteCarlo, runCount: 60, stepCount: 400 });
    const analytic = result.metrics.stepTimeS ?? Number.NaN;
    const median = result.bands.stepTimeS?.p50 ?? Number.NaN;
    expect(Math.abs(median / analytic - 1)).toBeLessThan(0.03);
  });

  it('is no slower in the datacentre reference than on the configured network', () => {
    const result = evaluatePoint(heterogeneous);
    expect(result.metrics.slowdownVsDatacentreRatio).toBeGreaterThanOrEqual(1);
  });

  it('keeps the job but strips the decentralization costs in the datacentre reference', () => {
    const reference = datacentreReference(heterogeneous);
    expect(reference.model).toEqual(heterogeneous.model);
    expect(reference.heterogeneity.speedSigma).toBe(0);
    expect(reference.ledger.kind).toBe('none');
  });
});

describe('effectContext', () => {
  it('sees a change of precision alone (the remembered work description is keyed on the precision group)', () => {
    const bf16 = effectContext(setParams(defaultParams(), { 'precision.weights': 'bf16' })).work;
    const int4 = effectContext(setParams(defaultParams(), { 'precision.weights': 'int4' })).work;
    expect(int4.weightBytes).toBeLessThan(bf16.weightBytes / 3);
  });
});
