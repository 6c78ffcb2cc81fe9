// The trilemma metrics: Nakamoto coefficient under stated ownership, tolerated adversary and breach
// probability, and scaling efficiency from a second (one-node) evaluation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { breachProbability, trilemmaMetrics } from '../../../src/core/trilemma/metrics';
import { nakamotoCoefficient, operatorShares } from '../../../src/core/trilemma/ownership';

const evaluate = (params: Params) => evaluateAnalytic(params).result.metrics;
const with_ = (values: Record<string, number | string | boolean>) => setParams(defaultParams(), values);

describe('decentralization', () => {
  it('needs ceil(threshold x operators) equal operators to reach the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (count, threshold) => {
          const shares = operatorShares(count, 'equal', 1);
          expect(nakamotoCoefficient(shares, threshold)).toBe(
            Math.max(1, Math.ceil(threshold * count - 1e-9)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls as ownership concentrates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2000 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, exponent, more) => {
          const spread = nakamotoCoefficient(operatorShares(count, 'zipf', exponent), 0.5);
          const concentrated = nakamotoCoefficient(operatorShares(count, 'zipf', exponent + more), 0.5);
          expect(concentrated).toBeLessThanOrEqual(spread);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts operators from nodes per operator', () => {
    const metrics = trilemmaMetrics(
      with_({
        'network.nodeCount': 100,
        'trilemma.nodesPerOperatorRatio': 4,
        'trilemma.ownershipDistribution': 'equal',
      }),
      evaluate,
    );
    expect(metrics.independentOperatorCount).toBe(25);
    expect(metrics.nakamotoCoefficientCount).toBe(13);
    expect(metrics.effectiveOperatorCount).toBeCloseTo(25, 9);
  });
});

describe('security', () => {
  it('combines exposure and accepted wrong results as independent events', () => {
    expect(
      breachProbability({
        privacyExposureProbabilityFraction: 0.1,
        acceptedBadResultProbabilityFraction: 0.2,
      }),
    ).toBeCloseTo(1 - 0.9 * 0.8, 12);
  });

  it('tolerates the adversary at which a 2-of-3 MPC coalition reaches the acceptable breach level', () => {
    const params = with_({
      'workload.kind': 'inference',
      'privacy.technique': 'mpc',
      'verification.technique': 'zero-knowledge',
      'trilemma.acceptableBreachProbabilityFraction': 0.01,
    });
    const tolerated = trilemmaMetrics(params, evaluate).toleratedAdversaryFraction ?? 0;
    // Exposure of a 2-of-3 threshold: 3f^2 - 2f^3.
    expect(3 * tolerated ** 2 - 2 * tolerated ** 3).toBeCloseTo(0.01, 6);
  });

  it('tolerates no more than the acceptable level itself without any verification', () => {
    const metrics = trilemmaMetrics(
      with_({ 'privacy.technique': 'fhe', 'workload.kind': 'inference' }),
      evaluate,
    );
    expect(metrics.toleratedAdversaryFraction).toBeCloseTo(0.01, 6);
  });

  it('tolerates no less with more replicas', () => {
    const job = (replicaCount: number) =>
      with_({
        'privacy.technique': 'fhe',
        'workload.kind': 'inference',
        'verification.technique': 'redundant-execution',
        'replication.replicaCount': replicaCount,
      });
    const tolerated = [1, 2, 3, 5, 8].map(
      (k) => trilemmaMetrics(job(k), evaluate).toleratedAdversaryFraction ?? 0,
    );
    for (let index = 1; index < tolerated.length; index += 1) {
      expect(tolerated[index]).toBeGreaterThanOrEqual(tolerated[index - 1] ?? 0);
    }
  });
});

describe('scalability', () => {
  it('is 1 on one node and below 1 for synchronous data-parallel training over a WAN', () => {
    const single = trilemmaMetrics(with_({ 'network.nodeCount': 1 }), evaluate);
    expect(single.scalingEfficiencyRatio).toBeCloseTo(1, 12);
    const wan = trilemmaMetrics(
      with_({ 'training.strategy': 'data-parallel', 'network.nodeCount': 14 }),
      evaluate,
    );
    expect(wan.scalingEfficiencyRatio).toBeLessThan(1);
    expect(wan.scalingEfficiencyRatio).toBeGreaterThan(0);
  });

  it('reuses the point’s own metrics when given', () => {
    const params = with_({ 'network.nodeCount': 8 });
    expect(trilemmaMetrics(params, evaluate, evaluate(params))).toEqual(trilemmaMetrics(params, evaluate));
  });

  it('remembers the one-node run per input without the node count, and nothing else', () => {
    // Interleaved node counts and other inputs through one evaluation function (so one memo); each ratio must
    // equal the one computed from scratch with its own one-node run.
    const remembering = (params: Params) => evaluate(params);
    for (const [technique, fraction] of [
      ['redundant-execution', 0],
      ['none', 0.3],
      ['redundant-execution', 0.3],
    ] as const)
      for (const nodeCount of [2, 64, 2, 1000]) {
        const values = {
          'verification.technique': technique,
          'adversary.maliciousFraction': fraction,
          'network.nodeCount': nodeCount,
        };
        const params = with_(values);
        const single = evaluate(with_({ ...values, 'network.nodeCount': 1 })).throughputTokensPerS ?? 0;
        const direct = (evaluate(params).throughputTokensPerS ?? 0) / (nodeCount * single);
        expect(trilemmaMetrics(params, remembering).scalingEfficiencyRatio).toBe(direct);
      }
  });
});
