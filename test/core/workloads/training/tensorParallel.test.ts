// Tensor parallelism inside a node: four ring all-reduces of the activations per layer over the node's links.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../../src/core/params/table';
import {
  tensorParallelStepS,
  tensorParallelTerms,
} from '../../../../src/core/workloads/training/tensorParallel';

const base = setParams(defaultParams(), {
  'workload.kind': 'training',
  'model.layerCount': 40,
  'model.hiddenSize': 5120,
  'precision.communication': 'bf16',
  'hardware.gpusPerNodeCount': 8,
  'network.intraNodeBandwidthGBps': 360,
});

describe('tensor parallelism inside a node', () => {
  it('costs nothing (and adds no term) without it', () => {
    expect(tensorParallelStepS(base, 262_144)).toBe(0);
    expect(tensorParallelTerms(base, 262_144)).toEqual([]);
  });
  it('moves 4 x layers x 2(t-1)/t x tokens x hidden x bytes per GPU at the node bandwidth', () => {
    const params = setParams(base, { 'training.tensorParallelCount': 8 });
    const bytes = 4 * 40 * ((2 * 7) / 8) * 262_144 * 5120 * 2;
    const latencyS = 4 * 40 * 2 * 7 * 1e-6;
    expect(tensorParallelStepS(params, 262_144)).toBeCloseTo(bytes / 360e9 + latencyS, 9);
  });
  it('never uses more GPUs than a node has, and gets cheaper with more node bandwidth', () => {
    const wide = setParams(base, { 'training.tensorParallelCount': 64 });
    const eight = setParams(base, { 'training.tensorParallelCount': 8 });
    expect(tensorParallelStepS(wide, 1000)).toBeCloseTo(tensorParallelStepS(eight, 1000), 12);
    const faster = setParams(eight, { 'network.intraNodeBandwidthGBps': 720 });
    expect(tensorParallelStepS(faster, 1000)).toBeLessThan(tensorParallelStepS(eight, 1000));
  });
});
