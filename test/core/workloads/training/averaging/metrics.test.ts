// The averaging metrics of an evaluation: absent by default, and ordered as the mechanism says when switched on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../../../src/core/params/table';

const training = setParams(defaultParams(), {
  'workload.kind': 'training',
  'training.strategy': 'data-parallel',
  'network.nodeCount': 64,
});
const metricsOf = (values: Record<string, number | string>) =>
  evaluateAnalytic(setParams(training, values)).result.metrics;

describe('averaging metrics', () => {
  it('are not reported while the averaging model is off (the default)', () => {
    expect(
      Object.keys(evaluateAnalytic(training).result.metrics).filter((k) => k.startsWith('averaging')),
    ).toEqual([]);
  });

  it('compare a technique with itself as exactly 1x', () => {
    const metrics = metricsOf({
      'training.averagingTechnique': 'gossip',
      'training.averagingBaselineTechnique': 'gossip',
    });
    expect(metrics.averagingSpeedupOverBaselineRatio).toBeCloseTo(1, 12);
  });

  it('more ring neighbours never raise the steps needed (larger spectral gap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (half) => {
        const steps = (k: number) =>
          metricsOf({
            'training.averagingTechnique': 'gossip',
            'training.gossipTopology': 'ring',
            'training.gossipNeighbourCount': k,
          }).averagingStepsNeededRatio ?? Number.NaN;
        expect(steps(2 * half + 2)).toBeLessThanOrEqual(steps(2 * half) * (1 + 1e-12));
      }),
      { numRuns: 10 },
    );
  });

  it('more Moshpit rounds per averaging never raise the consensus error', () => {
    const error = (rounds: number) =>
      metricsOf({
        'training.averagingTechnique': 'moshpit',
        'training.averagingGroupSize': 4,
        'training.averagingRoundsPerAveragingCount': rounds,
      }).averagingConsensusErrorRatio ?? Number.NaN;
    expect(error(2)).toBeLessThanOrEqual(error(1));
    expect(error(3)).toBe(0);
  });
});
