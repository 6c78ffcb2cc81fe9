// Training strategies: what each step is made of, how the low-communication options act, and feasibility.
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../src/core/engine/evaluate';
import type { WorkloadCost } from '../../../src/core/engine/types';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { qualityComputeMultiplier } from '../../../src/core/workloads/training/qualityPenalty';

const base = setParams(defaultParams(), { 'workload.kind': 'training' });
const seconds = (cost: WorkloadCost, category: string) =>
  cost.terms.filter((t) => t.category === category).reduce((sum, t) => sum + t.seconds, 0);
const cost = (values: Record<string, number | string | boolean>, params: Params = base) =>
  effectContext(setParams(params, values)).workload;

describe('data-parallel', () => {
  const dp = cost({ 'training.strategy': 'data-parallel', 'network.nodeCount': 4 });
  it('all-reduces fp32 gradients every step', () => {
    // 10B parameters x 4 bytes, ring factor 2(n-1)/n = 1.5.
    expect(dp.trafficBytesPerNodePerStep).toBeCloseTo(1.5 * 4e10, 0);
  });
  it('splits the all-reduce into a latency term and a transfer term', () => {
    const drivers = dp.terms.filter((t) => t.category === 'communication').map((t) => t.driver);
    expect(drivers.sort()).toEqual(['fixed', 'latency']);
  });
  it('finishes after total tokens / tokens per step steps', () => {
    expect(dp.stepsToFinishCount).toBeCloseTo(1e12 / (4 * 1048576), 6);
  });
});

describe('low-communication', () => {
  const lowComm = { 'training.strategy': 'low-communication' };
  it('runs H inner steps per outer round', () => {
    const one = cost({ ...lowComm, 'training.innerStepCount': 1 });
    const hundred = cost({ ...lowComm, 'training.innerStepCount': 100 });
    expect(seconds(hundred, 'compute')).toBeCloseTo(100 * seconds(one, 'compute'), 6);
    expect(hundred.tokensPerStep).toBe(100 * one.tokensPerStep);
  });
  it('reports H x (32 / bits) x compression as the reduction versus data-parallel', () => {
    const reduced = cost({ ...lowComm, 'training.innerStepCount': 50, 'training.extraCompressionRatio': 3 });
    expect(reduced.metrics.communicationReductionVsDdpRatio).toBeCloseTo(50 * 4 * 3, 9);
  });
  it('charges only the sync time that compute does not hide when overlapped over the whole round', () => {
    const slowLink = { ...lowComm, 'network.uploadMbps': 1, 'network.downloadMbps': 1 };
    const serial = cost(slowLink);
    // One fragment allowed to arrive up to H = 100 inner steps late: the sync spreads over the next round.
    const overlapped = cost({
      ...slowLink,
      'training.overlapSync': true,
      'training.overlapInnerStepCount': 100,
    });
    const syncS = serial.metrics.syncTimeS ?? 0;
    expect(seconds(serial, 'communication')).toBeCloseTo(syncS, 6);
    expect(seconds(overlapped, 'communication')).toBeCloseTo(syncS - seconds(overlapped, 'compute'), 6);
    const fastLink = cost({
      ...lowComm,
      'training.overlapSync': true,
      'training.overlapInnerStepCount': 100,
    });
    expect(seconds(fastLink, 'communication')).toBe(0);
  });
  it('uses the relayed all-gather when asked: upload once, download n-1 payloads', () => {
    const gathered = cost({ ...lowComm, 'training.syncCollective': 'all-gather', 'network.nodeCount': 5 });
    const upload = gathered.metrics.syncUploadBytesPerNodePerStep ?? 0;
    expect(upload).toBeCloseTo(1e10, 0);
    expect(gathered.metrics.syncDownloadBytesPerNodePerStep).toBeCloseTo(4 * upload, 0);
  });
  it('pays the M^0.195 quality penalty for replicas', () => {
    expect(cost({ ...lowComm, 'network.nodeCount': 32 }).qualityComputeMultiplierRatio).toBeCloseTo(
      32 ** 0.195,
      12,
    );
  });
});

describe('qualityComputeMultiplier', () => {
  it('is 1 for one replica or a sync every step', () => {
    expect(qualityComputeMultiplier(1, 100)).toBe(1);
    expect(qualityComputeMultiplier(64, 1)).toBe(1);
  });
  it('grows with the replica count', () => {
    expect(qualityComputeMultiplier(100, 10)).toBeGreaterThan(qualityComputeMultiplier(10, 10));
  });
  it('is continuous in H: no jump from H = 1 to H = 2 (issue 11 saw 1.0 to 2.25 at 64 replicas)', () => {
    expect(qualityComputeMultiplier(64, 2)).toBeLessThan(1.15);
    expect(qualityComputeMultiplier(64, 100)).toBeCloseTo(64 ** 0.195, 12);
  });
  it('never falls as H or M grows', () => {
    for (const replicas of [2, 8, 64, 10_000]) {
      for (let steps = 1; steps < 1000; steps += 7) {
        expect(qualityComputeMultiplier(replicas, steps + 7)).toBeGreaterThanOrEqual(
          qualityComputeMultiplier(replicas, steps),
        );
      }
    }
  });
});

describe('pipeline training', () => {
  const pipeline = { 'training.strategy': 'pipeline', 'network.nodeCount': 8 };
  it('has the GPipe bubble (S - 1) / (M + S - 1)', () => {
    const step = cost({ ...pipeline, 'training.pipelineStageCount': 4, 'training.microBatchCount': 12 });
    expect(step.metrics.pipelineBubbleFraction).toBeCloseTo(3 / 15, 12);
    expect(step.metrics.pipelineReplicaCount).toBe(2);
    expect(step.activeGpuCount).toBe(8 * 8);
  });
  it('pays (M + S - 1) one-way delays each way between stages', () => {
    const step = cost({
      ...pipeline,
      'training.pipelineStageCount': 4,
      'training.microBatchCount': 12,
      'network.rttMs': 100,
    });
    const stageLatency = step.terms.find((t) => t.name === 'stage-to-stage latency');
    expect(stageLatency?.seconds).toBeCloseTo(15 * 2 * 0.05, 9);
  });
  it('is infeasible with fewer nodes than stages', () => {
    const step = cost({ ...pipeline, 'network.nodeCount': 2, 'training.pipelineStageCount': 4 });
    expect(step.feasible).toBe(false);
    expect(step.infeasibleReason).toMatch(/at least 4 nodes/);
  });
  it('needs memory for only its stage', () => {
    const one = cost({ ...pipeline, 'training.pipelineStageCount': 1 });
    const four = cost({ ...pipeline, 'training.pipelineStageCount': 4 });
    expect((one.metrics.memoryPerGpuGB ?? 0) / (four.metrics.memoryPerGpuGB ?? 1)).toBeCloseTo(4, 9);
  });
});

describe('memory feasibility of training', () => {
  it('rejects a model whose state does not fit in one node', () => {
    const big = cost({ 'training.strategy': 'data-parallel', 'model.parameterCount': 1e12 });
    expect(big.feasible).toBe(false);
    expect(big.infeasibleReason).toMatch(/GiB per GPU/);
  });
});
