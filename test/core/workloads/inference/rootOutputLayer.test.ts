// distributed-llama's root runs the vocabulary projection unsliced: (1 - 1/n) of it is extra root time.
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../../src/core/params/table';
import { applyPreset } from '../../../../src/core/presets';

const base = applyPreset(
  setParams(defaultParams(), {
    'workload.kind': 'inference',
    'inference.placement': 'tensor',
    'inference.batchSizeCount': 1,
    'precision.weights': 'int8',
    'precision.blockSizeValues': 65536,
    'hardware.memoryBandwidthTBps': 0.1,
    'hardware.memoryBandwidthEfficiencyFraction': 1,
    'hardware.gpusPerNodeCount': 1,
  }),
  'model',
  'llama-3-8b',
);
const rootS = (nodeCount: number) =>
  effectContext(setParams(base, { 'network.nodeCount': nodeCount })).workload.terms.find((t) =>
    t.name.startsWith('output layer on the root'),
  )?.seconds ?? Number.NaN;

describe('output layer on the root', () => {
  it('costs nothing on one node', () => {
    expect(rootS(1)).toBe(0);
  });
  it('reads (1 - 1/n) of the 128,256 x 4,096 classifier at the memory bandwidth (batch 1 is memory-bound)', () => {
    const classifierBytes = 128_256 * 4096 * (1 + 2 / 65536);
    expect(rootS(2)).toBeCloseTo((classifierBytes * 0.5) / 1e11, 9);
    expect(rootS(4)).toBeCloseTo((classifierBytes * 0.75) / 1e11, 9);
  });
});
