// SWARM-style pipelines: replicas of each stage sync every step, or once per outer round at the sync bits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../../src/core/params/table';

const base = setParams(defaultParams(), {
  'workload.kind': 'training',
  'training.strategy': 'pipeline',
  'model.parameterCount': 1e9,
  'model.layerCount': 24,
  'model.hiddenSize': 2048,
  'training.pipelineStageCount': 4,
  'network.nodeCount': 32,
  'network.uploadMbps': 100,
  'network.downloadMbps': 100,
  'training.gradientBitsPerValue': 16,
});
const cost = (values: Record<string, number | string | boolean>) =>
  effectContext(setParams(base, values)).workload;
const syncS = (c: ReturnType<typeof cost>) =>
  c.terms.filter((t) => /all-reduce|outer sync/.test(t.name)).reduce((sum, t) => sum + t.seconds, 0);

describe('pipeline replica sync', () => {
  it('low-communication with H = 1 at the gradient bits costs what a per-step all-reduce costs', () => {
    const every = cost({ 'training.pipelineReplicaSync': 'every-step' });
    const low = cost({
      'training.pipelineReplicaSync': 'low-communication',
      'training.innerStepCount': 1,
      'training.syncBitsPerValue': 16,
    });
    expect(syncS(low)).toBeCloseTo(syncS(every), 12);
    expect(low.qualityComputeMultiplierRatio).toBe(1);
  });
  it('an outer round of H steps spreads one compressed stage sync over H steps', () => {
    const every = cost({ 'training.pipelineReplicaSync': 'every-step' });
    const low = cost({
      'training.pipelineReplicaSync': 'low-communication',
      'training.innerStepCount': 100,
      'training.syncBitsPerValue': 4,
    });
    // Same ring over the 8 replicas, a quarter of the bytes, once per 100 steps.
    expect(syncS(low)).toBeLessThan(syncS(every) / 100);
    expect(low.terms.some((t) => t.name.includes('outer sync every 100 steps'))).toBe(true);
    expect(low.qualityComputeMultiplierRatio).toBeGreaterThan(1);
  });
  it('more inner steps never raise the sync time per step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const [few, many] = a < b ? [a, b] : [b, a];
        const at = (steps: number) =>
          syncS(
            cost({ 'training.pipelineReplicaSync': 'low-communication', 'training.innerStepCount': steps }),
          );
        expect(at(many)).toBeLessThanOrEqual(at(few) * (1 + 1e-12));
      }),
      { numRuns: 30 },
    );
  });
  it('one replica has nothing to sync and no quality penalty', () => {
    const single = cost({
      'training.pipelineReplicaSync': 'low-communication',
      'network.nodeCount': 4,
      'training.innerStepCount': 100,
    });
    expect(syncS(single)).toBe(0);
    expect(single.qualityComputeMultiplierRatio).toBe(1);
  });
});
