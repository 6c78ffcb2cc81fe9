// Invariants of the verification techniques: more replicas never lower detection, a proof's detection does
// not fall as the adversary grows, a longer challenge window never shortens the time to a final result, and
// every technique reports the same core metrics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { setParams } from '../../../src/core/params/table';
import { VERIFICATION_CORE_METRICS } from '../../../src/core/verification/outcome';
import { VERIFICATION_TECHNIQUES } from '../../../src/core/verification/params';
import { replicationDetectionProbability } from '../../../src/core/verification/redundantExecution';
import { validJob } from '../privacy/arbitraries';

const RUN_COUNT = 100;
const metricsOf = (params: Parameters<typeof evaluateAnalytic>[0]) => evaluateAnalytic(params).result.metrics;
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

describe('redundant execution', () => {
  it('never lowers detection with more replicas', () => {
    const setting = fc.record({
      replicas: fc.integer({ min: 1, max: 50 }),
      extra: fc.integer({ min: 1, max: 50 }),
      maliciousFraction: fraction,
      colluding: fc.boolean(),
    });
    fc.assert(
      fc.property(setting, ({ replicas, extra, maliciousFraction, colluding }) => {
        expect(
          replicationDetectionProbability(replicas + extra, maliciousFraction, colluding),
        ).toBeGreaterThanOrEqual(replicationDetectionProbability(replicas, maliciousFraction, colluding));
      }),
      { numRuns: 400 },
    );
  });

  it('never lowers detection with more replicas, through the engine', () => {
    const job = validJob(fc.constant('none'), fc.constant('redundant-execution'));
    fc.assert(
      fc.property(job, fc.integer({ min: 1, max: 5 }), (params, extra) => {
        const more = setParams(params, {
          'replication.replicaCount': params.replication.replicaCount + extra,
          'network.nodeCount': Math.max(params.network.nodeCount, params.replication.replicaCount + extra),
        });
        expect(metricsOf(more).detectionProbabilityFraction).toBeGreaterThanOrEqual(
          metricsOf(params).detectionProbabilityFraction ?? 0,
        );
      }),
      { numRuns: RUN_COUNT },
    );
  });
});

describe('zero-knowledge proofs', () => {
  it('detect no less as the adversary fraction grows', () => {
    const job = validJob(fc.constant('none'), fc.constant('zero-knowledge'));
    fc.assert(
      fc.property(job, fraction, fraction, (params, first, second) => {
        const [low, high] = first < second ? [first, second] : [second, first];
        const at = (maliciousFraction: number) =>
          metricsOf(setParams(params, { 'adversary.maliciousFraction': maliciousFraction }))
            .detectionProbabilityFraction ?? 0;
        expect(at(high)).toBeGreaterThanOrEqual(at(low));
      }),
      { numRuns: RUN_COUNT },
    );
  });
});

describe('optimistic fraud proofs', () => {
  it('never shorten the time to a final result with a longer window', () => {
    const job = validJob(fc.constant('none'), fc.constant('optimistic'));
    const windows = fc.tuple(
      fc.double({ min: 0, max: 3e7, noNaN: true }),
      fc.double({ min: 0, max: 3e7, noNaN: true }),
    );
    fc.assert(
      fc.property(job, windows, (params, [first, second]) => {
        const [short, long] = first < second ? [first, second] : [second, first];
        const at = (challengeWindowS: number) =>
          metricsOf(setParams(params, { 'fraudProof.challengeWindowS': challengeWindowS }))
            .timeToFinalResultS ?? 0;
        expect(at(long)).toBeGreaterThanOrEqual(at(short));
      }),
      { numRuns: RUN_COUNT },
    );
  });
});

describe('every verification technique', () => {
  it('reports the same core metrics, each finite, with probabilities in [0, 1]', () => {
    const job = validJob(fc.constant('none'), fc.constantFrom(...VERIFICATION_TECHNIQUES));
    fc.assert(
      fc.property(job, (params) => {
        const metrics = metricsOf(params);
        for (const name of VERIFICATION_CORE_METRICS) expect(Number.isFinite(metrics[name]), name).toBe(true);
        for (const name of ['detectionProbabilityFraction', 'acceptedBadResultProbabilityFraction']) {
          expect(metrics[name]).toBeGreaterThanOrEqual(0);
          expect(metrics[name]).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('never make a step faster than no verification', () => {
    const job = validJob(fc.constant('none'), fc.constantFrom(...VERIFICATION_TECHNIQUES));
    fc.assert(
      fc.property(job, (params) => {
        const plain = metricsOf(setParams(params, { 'verification.technique': 'none' }));
        expect(metricsOf(params).stepTimeS).toBeGreaterThanOrEqual((plain.stepTimeS ?? 0) * (1 - 1e-9));
      }),
      { numRuns: RUN_COUNT },
    );
  });
});
