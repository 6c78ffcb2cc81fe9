// The solver on functions with known answers, and its answers on real claims re-checked by re-running the model:
// at the value "what you would have to believe" returns, the metric lands on the claimed value.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../../src/core/claims/check';
import { impliedKnobs, solveKnob } from '../../../src/core/claims/impliedSolved';
import { applyInputValue, nominalParams, uncertainInputs } from '../../../src/core/claims/inputs';
import { metricValue } from '../../../src/core/claims/metricValue';
import { resolveClaim } from '../../../src/core/claims/resolve';
import { solveForFlip } from '../../../src/core/claims/solver';
import type { Claim } from '../../../src/core/claims/types';
import { claimHolds, meetsClaimedSide, needsHigherMetric } from '../../../src/core/claims/verdict';
import { minimalClaim, parsedClaim } from './fixtures';

/** Relative distance of the metric from the claimed value that counts as landing on it. */
const LANDING_TOLERANCE_FRACTION = 1e-6;

describe('solveForFlip', () => {
  const linear = { low: 0, high: 10, scale: 'linear' as const, integer: false, start: 5 };

  it('finds a threshold on a linear scale, on the side where the test holds', () => {
    const result = solveForFlip(linear, (x) => x * x >= 2);
    expect(result).toMatchObject({ status: 'crossing', holdsWhen: 'at-least' });
    if (result.status !== 'crossing') return;
    expect(result.value).toBeCloseTo(Math.SQRT2, 9);
    expect(result.value * result.value).toBeGreaterThanOrEqual(2);
  });

  it('solves in log space over many decades', () => {
    const result = solveForFlip(
      { low: 0.1, high: 1e7, scale: 'log', integer: false, start: 1000 },
      (x) => 1 / x >= 1e-5,
    );
    expect(result).toMatchObject({ status: 'crossing', holdsWhen: 'at-most' });
    if (result.status === 'crossing') expect(result.value / 1e5).toBeCloseTo(1, 9);
  });

  it('returns the crossing nearest the start when there are several', () => {
    const inBand = (x: number) => x >= 2 && x <= 8;
    const nearHigh = solveForFlip({ ...linear, start: 9.5 }, inBand);
    const nearLow = solveForFlip({ ...linear, start: 0.5 }, inBand);
    expect(nearHigh).toMatchObject({ status: 'crossing', holdsWhen: 'at-most' });
    expect(nearLow).toMatchObject({ status: 'crossing', holdsWhen: 'at-least' });
    if (nearHigh.status === 'crossing') expect(nearHigh.value).toBeCloseTo(8, 9);
    if (nearLow.status === 'crossing') expect(nearLow.value).toBeCloseTo(2, 9);
  });

  it('says when the test holds or fails across the whole range', () => {
    expect(solveForFlip(linear, () => true)).toEqual({ status: 'holds-everywhere' });
    expect(solveForFlip(linear, () => false)).toEqual({ status: 'fails-everywhere' });
  });

  it('returns the first whole number that passes for integer inputs', () => {
    const result = solveForFlip(
      { low: 1, high: 1000, scale: 'log', integer: true, start: 10 },
      (x) => x >= 37.2,
    );
    expect(result).toEqual({ status: 'crossing', value: 38, holdsWhen: 'at-least' });
  });
});

/** A DiLoCo run across continents whose utilisation depends on bandwidth, spread and drop-outs. */
const networkClaim = parsedClaim(
  minimalClaim({
    id: 'network-claim',
    presets: { hardware: 'H100_SXM', network: 'global' },
    params: {
      'workload.kind': 'training',
      'training.strategy': 'low-communication',
      'model.parameterCount': 1e10,
      'training.innerStepCount': 100,
      'training.syncBitsPerValue': 8,
      'hardware.mfuFraction': 0.433,
      'network.nodeCount': 14,
      // INTELLECT-1's 8 connections per node (one Gloo ring per GPU): with one, the 3 MiB window over the
      // 130 ms round trip caps the sync below the claim whatever the port, and no bandwidth would deliver it.
      'network.tcpConnectionsPerPeerCount': 8,
    },
    claim: { metric: 'computeTimeFraction', direction: 'at-least', value: 0.85 },
    seed: 'network-claim',
  }),
);

function nominalOf(claim: Claim) {
  const { params } = resolveClaim(claim);
  const inputs = uncertainInputs(claim, params);
  return { inputs, nominal: nominalParams(params, inputs) };
}

describe('what you would have to believe, re-checked against the model', () => {
  const report = checkClaim(networkClaim, { runCount: 200 });
  const { inputs, nominal } = nominalOf(networkClaim);

  it('solves at least two inputs to a value', () => {
    expect(report.beliefs.filter((row) => row.requiredValue !== undefined).length).toBeGreaterThanOrEqual(2);
  });

  it.each(
    report.beliefs.filter((row) => row.requiredValue !== undefined).map((row) => [row.path, row] as const),
  )('the metric lands on the claimed value at the required %s', (_path, row) => {
    const input = inputs.find((candidate) => candidate.path === row.path);
    expect(input).toBeDefined();
    if (!input || row.requiredValue === undefined) return;
    const metric = metricValue(applyInputValue(nominal, input, row.requiredValue), report.claim.metric);
    expect(Math.abs(metric / report.claim.value - 1)).toBeLessThanOrEqual(LANDING_TOLERANCE_FRACTION);
    expect(claimHolds(networkClaim.claim, metric)).toBe(true);
    expect(metric).toBe(row.metricAtRequired);
  });

  it('the implied per-node bandwidth delivers exactly the claimed utilisation', () => {
    const needsHigher = needsHigherMetric(networkClaim.claim, metricValue(nominal, 'computeTimeFraction'));
    const knob = impliedKnobs(nominal).find((candidate) => candidate.id === 'symmetric-bandwidth');
    expect(knob).toBeDefined();
    if (!knob) return;
    const implied = solveKnob(nominal, knob, networkClaim.claim, needsHigher);
    expect(implied.impliedValue).toBeDefined();
    const metric = metricValue(
      knob.apply(nominal, implied.impliedValue ?? Number.NaN),
      'computeTimeFraction',
    );
    expect(Math.abs(metric / 0.85 - 1)).toBeLessThanOrEqual(LANDING_TOLERANCE_FRACTION);
    expect(meetsClaimedSide(networkClaim.claim, metric, needsHigher)).toBe(true);
  });

  it('says no value works when the claim is beyond the physics (utilisation above 100%)', () => {
    const impossible = parsedClaim({ ...networkClaim, claim: { ...networkClaim.claim, value: 1.01 } });
    const beliefs = checkClaim(impossible, { runCount: 50 }).beliefs;
    expect(beliefs.length).toBeGreaterThan(0);
    for (const row of beliefs) expect(row.position).toBe('no-value-in-valid-range');
  });
});
