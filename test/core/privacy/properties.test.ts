// Invariants of the privacy techniques over random valid jobs: protection never makes a job faster, more
// MPC parties at a fixed threshold share never raise exposure, a smaller ε never weakens the DP bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coalitionBreachProbability } from '../../../src/core/adversary/coalition';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { setParams } from '../../../src/core/params/table';
import { membershipAdvantageBound } from '../../../src/core/privacy/differentialPrivacy';
import { PRIVACY_CORE_METRICS } from '../../../src/core/privacy/outcome';
import { PRIVACY_TECHNIQUES } from '../../../src/core/privacy/params';
import { validJob } from './arbitraries';

const RUN_COUNT = 120;
/** Relative slack for floating-point round-off. */
const ROUND_OFF = 1e-9;

const metricsOf = (params: Parameters<typeof evaluateAnalytic>[0]) => evaluateAnalytic(params).result.metrics;
const anyPrivacy = validJob(fc.constantFrom(...PRIVACY_TECHNIQUES), fc.constant('none'));

describe('privacy techniques over random jobs', () => {
  it('never make a step faster or throughput higher than no protection', () => {
    fc.assert(
      fc.property(anyPrivacy, (params) => {
        const plain = setParams(params, {
          'privacy.technique': 'none',
          'privacy.addDifferentialPrivacy': false,
        });
        const protectedMetrics = metricsOf(params);
        const plainMetrics = metricsOf(plain);
        expect(protectedMetrics.stepTimeS).toBeGreaterThanOrEqual(
          (plainMetrics.stepTimeS ?? 0) * (1 - ROUND_OFF),
        );
        expect(protectedMetrics.throughputTokensPerS).toBeLessThanOrEqual(
          (plainMetrics.throughputTokensPerS ?? 0) * (1 + ROUND_OFF),
        );
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('never get faster when DP-SGD is layered on top', () => {
    const training = validJob(fc.constantFrom(...PRIVACY_TECHNIQUES), fc.constant('none')).filter(
      (params) => params.workload.kind === 'training',
    );
    fc.assert(
      fc.property(training, (params) => {
        const base = metricsOf(setParams(params, { 'privacy.addDifferentialPrivacy': false }));
        const layered = metricsOf(setParams(params, { 'privacy.addDifferentialPrivacy': true }));
        expect(layered.stepTimeS).toBeGreaterThanOrEqual((base.stepTimeS ?? 0) * (1 - ROUND_OFF));
        expect(layered.membershipAdvantageBoundFraction).toBeLessThanOrEqual(
          base.membershipAdvantageBoundFraction ?? 1,
        );
      }),
      { numRuns: RUN_COUNT / 2 },
    );
  });

  it('all report the same core metrics, each a finite number', () => {
    fc.assert(
      fc.property(anyPrivacy, (params) => {
        const metrics = metricsOf(params);
        for (const name of PRIVACY_CORE_METRICS) expect(Number.isFinite(metrics[name]), name).toBe(true);
        expect(metrics.privacyExposureProbabilityFraction).toBeGreaterThanOrEqual(0);
        expect(metrics.privacyExposureProbabilityFraction).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUN_COUNT / 2 },
    );
  });
});

describe('MPC exposure', () => {
  it('never rises with more parties at a fixed threshold share', () => {
    // Threshold t = θ p with θ = r / q: compare p = m q and p = (m + 1) q, so both thresholds are whole.
    const setting = fc.record({
      denominator: fc.integer({ min: 2, max: 5 }),
      numeratorShare: fc.double({ min: 0, max: 1, noNaN: true }),
      multiple: fc.integer({ min: 1, max: 20 }),
      maliciousShare: fc.double({ min: 0, max: 1, noNaN: true }),
      colluding: fc.boolean(),
    });
    fc.assert(
      fc.property(setting, ({ denominator, numeratorShare, multiple, maliciousShare, colluding }) => {
        const numerator = 1 + Math.floor(numeratorShare * (denominator - 1));
        // Below the threshold share the adversary is a minority of the parties it needs.
        const maliciousFraction = (maliciousShare * numerator) / denominator;
        const exposure = (parties: number) =>
          coalitionBreachProbability({
            memberCount: parties,
            thresholdCount: (parties * numerator) / denominator,
            maliciousFraction,
            colluding,
          });
        const fewer = exposure(multiple * denominator);
        const more = exposure((multiple + 1) * denominator);
        expect(more).toBeLessThanOrEqual(fewer + 1e-12);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the DP membership-advantage bound', () => {
  it('never weakens as ε falls', () => {
    const pair = fc.record({
      epsilon: fc.double({ min: 0.01, max: 100, noNaN: true }),
      smallerShare: fc.double({ min: 0, max: 1, noNaN: true }),
      delta: fc.double({ min: 1e-12, max: 0.1, noNaN: true }),
    });
    fc.assert(
      fc.property(pair, ({ epsilon, smallerShare, delta }) => {
        const smaller = epsilon * smallerShare;
        expect(membershipAdvantageBound(smaller, delta)).toBeLessThanOrEqual(
          membershipAdvantageBound(epsilon, delta),
        );
      }),
      { numRuns: 400 },
    );
  });
});
