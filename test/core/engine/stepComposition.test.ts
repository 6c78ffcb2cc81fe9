// Stragglers and churn: jitter averages over the inner steps of a round, persistent spread meets the policy,
// and elastic churn costs about the dropped share of the work (properties of issue 11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { averagedJitter } from '../../../src/core/engine/stepComposition';
import { defaultParams, setParams } from '../../../src/core/params/table';

const lowComm = setParams(defaultParams(), {
  'workload.kind': 'training',
  'training.strategy': 'low-communication',
});
const evaluate = (values: Record<string, number | string | boolean>) =>
  evaluateAnalytic(setParams(lowComm, values)).result.metrics;

/** Straggler seconds per inner step. */
const stragglerPerInnerStepS = (values: Record<string, number | string | boolean>) => {
  const metrics = evaluate(values);
  return (metrics.stepStragglerS ?? 0) / Number(values['training.innerStepCount']);
};

describe('per-step jitter over H inner steps', () => {
  it('more inner steps never raise the straggler share of an inner step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        fc.integer({ min: 2, max: 10_000 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 1000 }),
        (sigma, nodes, fewer, extra) => {
          const at = (steps: number) =>
            stragglerPerInnerStepS({
              'heterogeneity.speedSigma': sigma,
              'network.nodeCount': nodes,
              'training.innerStepCount': steps,
            });
          expect(at(fewer + extra)).toBeLessThanOrEqual(at(fewer) * (1 + 1e-9));
        },
      ),
      { numRuns: 60 },
    );
  });
  it('shrinks the round spread about as 1 / sqrt(H)', () => {
    expect(averagedJitter(0.3, 100).sigma).toBeCloseTo(0.3 / 10, 2);
  });
  it('at sigma 0.3 over 64 nodes the straggler share falls from about 100% at H = 1 to a few % at H = 1,000', () => {
    const share = (steps: number) => {
      const metrics = evaluate({
        'heterogeneity.speedSigma': 0.3,
        'network.nodeCount': 64,
        'training.innerStepCount': steps,
      });
      return (metrics.stepStragglerS ?? 0) / (metrics.stepComputeS ?? 1);
    };
    expect(share(1)).toBeGreaterThan(0.9);
    expect(share(1000)).toBeLessThan(0.1);
  });
  it('persistent spread does not average out, and proportional work removes it', () => {
    const persistent = (steps: number, policy: string) =>
      stragglerPerInnerStepS({
        'heterogeneity.persistentSpeedSigma': 0.3,
        'heterogeneity.stragglerPolicy': policy,
        'network.nodeCount': 64,
        'training.innerStepCount': steps,
      });
    expect(persistent(1000, 'wait-for-all')).toBeCloseTo(persistent(1, 'wait-for-all'), 6);
    expect(persistent(100, 'proportional-work')).toBe(0);
  });
});

describe('churn', () => {
  it('elastic churn with drop probability p costs about p of a round, never more than 2p', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.integer({ min: 2, max: 10_000 }),
        (probability, nodes) => {
          const base = evaluate({ 'network.nodeCount': nodes });
          const churned = evaluate({
            'network.nodeCount': nodes,
            'heterogeneity.dropProbabilityFraction': probability,
          });
          const lost = 1 - (churned.throughputTokensPerS ?? 0) / (base.throughputTokensPerS ?? 1);
          expect(lost).toBeGreaterThanOrEqual(probability * (1 - 1e-9) - 1e-12);
          expect(lost).toBeLessThanOrEqual(2 * probability + 1e-12);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('restarting the round at 1% drops over 1,000 nodes costs far more than elastic', () => {
    const at = (policy: string) =>
      evaluate({
        'network.nodeCount': 1000,
        'heterogeneity.dropProbabilityFraction': 0.01,
        'heterogeneity.churnPolicy': policy,
      }).throughputTokensPerS ?? 0;
    expect(at('restart-round')).toBeLessThan(at('elastic') / 1000);
  });
});

describe('results stay physical at the edges (issue 16, F6)', () => {
  const dataParallel = setParams(defaultParams(), {
    'workload.kind': 'training',
    'training.strategy': 'data-parallel',
  });
  const metricsOf = (values: Record<string, number | string | boolean>) =>
    evaluateAnalytic(setParams(dataParallel, values)).result;

  it('drop-slowest keeping the fastest tenth: no negative wait, and the step is not shorter than its compute', () => {
    const keepFastest = {
      'heterogeneity.stragglerPolicy': 'drop-slowest',
      'heterogeneity.droppedSlowestFraction': 0.9,
      'heterogeneity.speedSigma': 0.5,
    };
    const { metrics } = metricsOf(keepFastest);
    const nominal = metricsOf({ ...keepFastest, 'heterogeneity.speedSigma': 0 }).metrics;
    expect(metrics.stepStragglerS).toBe(0);
    expect(metrics.stepTimeS ?? 0).toBeGreaterThanOrEqual(metrics.stepComputeS ?? Number.POSITIVE_INFINITY);
    // The kept nodes are faster than the nominal node, so their compute is shorter than the nominal compute.
    expect(metrics.stepComputeS ?? 0).toBeLessThan(nominal.stepComputeS ?? 0);
  });

  it('whatever the drop fraction and spread, the wait is never negative and never shortens the step', () => {
    fc.assert(
      fc.property(
        // Half or more dropped: the kept nodes are then mostly faster than the nominal node.
        fc.double({ min: 0.5, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.integer({ min: 10, max: 100_000 }),
        (dropped, sigma, persistentSigma, nodes) => {
          const { metrics } = metricsOf({
            'heterogeneity.stragglerPolicy': 'drop-slowest',
            'heterogeneity.droppedSlowestFraction': dropped,
            'heterogeneity.speedSigma': sigma,
            'heterogeneity.persistentSpeedSigma': persistentSigma,
            'network.nodeCount': nodes,
          });
          expect(metrics.stepStragglerS).toBeGreaterThanOrEqual(0);
          expect(metrics.stepTimeS ?? 0).toBeGreaterThanOrEqual(metrics.stepComputeS ?? 0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('10,000 nodes dropping with probability 0.5: elastic runs; restart-round is infeasible with the reason, never Infinity', () => {
    const halfDrop = { 'network.nodeCount': 10_000, 'heterogeneity.dropProbabilityFraction': 0.5 };
    for (const policy of ['wait-for-all', 'drop-slowest', 'proportional-work']) {
      const elastic = metricsOf({ ...halfDrop, 'heterogeneity.stragglerPolicy': policy });
      expect(elastic.feasible).toBe(true);
      const restart = metricsOf({
        ...halfDrop,
        'heterogeneity.stragglerPolicy': policy,
        'heterogeneity.churnPolicy': 'restart-round',
      });
      expect(restart.feasible).toBe(false);
      expect(restart.infeasibleReasons.join(' ')).toMatch(/^heterogeneity\.churnPolicy: restart-round/);
      for (const value of Object.values(restart.metrics)) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('restart-round stays feasible while a round can still survive (50 nodes at 0.5: about 1e15 tries)', () => {
    const result = metricsOf({
      'network.nodeCount': 50,
      'heterogeneity.dropProbabilityFraction': 0.5,
      'heterogeneity.churnPolicy': 'restart-round',
    });
    expect(result.feasible).toBe(true);
    expect((result.metrics.stepChurnS ?? 0) / (result.metrics.stepComputeS ?? 1)).toBeGreaterThan(1e14);
  });
});
