// Tensor-parallel sync schemes counted from distributed-llama's code: bytes per worker, messages through the
// root, and the per-token floor (the per-node share of the weights read plus barriers) that more nodes never cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../../src/core/params/table';
import { applyPreset } from '../../../../src/core/presets';
import { describeWork } from '../../../../src/core/work/describe';
import {
  layerWidthsOf,
  rootMessagesPerToken,
  rootSyncBytesPerToken,
  TENSOR_SYNC_SCHEME_IDS,
  TENSOR_SYNC_SCHEMES,
} from '../../../../src/core/workloads/inference/tensorSyncSchemes';

const llama2 = applyPreset(
  setParams(defaultParams(), {
    'workload.kind': 'inference',
    'inference.placement': 'tensor',
    'inference.batchSizeCount': 1,
    'precision.weights': 'int4',
    'precision.communication': 'int8',
    'hardware.gpusPerNodeCount': 1,
  }),
  'model',
  'llama-2-7b',
);
const work = describeWork(llama2);
/** Weight bytes one decoded token reads (the embedding table is looked up, not read). */
const weightBytesRead = work.passes.decodeToken?.weightBytesRead ?? Number.NaN;
/** Q80: 32 values in 34 bytes. */
const Q80_BYTES_PER_VALUE = 34 / 32;

describe('layer widths', () => {
  it('reads d, the key/value width and the FFN width of Llama 2 7B (4096, 4096, 11008)', () => {
    expect(layerWidthsOf(work)).toEqual({ hiddenCount: 4096, keyValueCount: 4096, feedForwardCount: 11008 });
  });
});

describe('root-gather (distributed-llama 0.1-0.3)', () => {
  const scheme = TENSOR_SYNC_SCHEMES['root-gather'];
  it('sends each worker 3 hidden vectors and the FFN slices it lacks, per layer', () => {
    const bytes = rootSyncBytesPerToken(scheme, work, 2);
    expect(bytes.sendBytes).toBeCloseTo((3 * 4096 + 11008 / 2) * 32 * Q80_BYTES_PER_VALUE, 6);
  });
  it('receives each worker its Q, K, V, attention-output, FFN-hidden and FFN-output slices', () => {
    const bytes = rootSyncBytesPerToken(scheme, work, 4);
    const perWorker = (3 * 4096 + 2 * 4096 + 11008) / 4;
    expect(bytes.receiveBytes).toBeCloseTo(3 * perWorker * 32 * Q80_BYTES_PER_VALUE, 6);
  });
});

describe('all-gather (distributed-llama >= 0.12)', () => {
  it('moves the README traffic: (n - 1) x 4 x L x d values through the root', () => {
    const bytes = rootSyncBytesPerToken(TENSOR_SYNC_SCHEMES['all-gather'], work, 4);
    expect(bytes.sendBytes + bytes.receiveBytes).toBeCloseTo(3 * 4 * 32 * 4096 * Q80_BYTES_PER_VALUE, 6);
  });
});

describe('properties', () => {
  it('more nodes never reduce the messages through the root per token, for every scheme', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TENSOR_SYNC_SCHEME_IDS),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        (id, layers, n, extra) =>
          rootMessagesPerToken(TENSOR_SYNC_SCHEMES[id], layers, n + extra) >=
          rootMessagesPerToken(TENSOR_SYNC_SCHEMES[id], layers, n),
      ),
    );
  });
  it('time per token never falls below the per-node share of the weights read plus the barriers', () => {
    const bandwidthBytesPerS = 8e9;
    fc.assert(
      fc.property(
        fc.constantFrom(...TENSOR_SYNC_SCHEME_IDS),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (scheme, nodes, barriers, barrierUs) => {
          const params = setParams(llama2, {
            'inference.tensorSyncScheme': scheme,
            'network.nodeCount': nodes,
            'inference.threadBarriersPerLayerCount': barriers,
            'inference.threadBarrierUs': barrierUs,
            'hardware.memoryBandwidthTBps': bandwidthBytesPerS / 1e12,
            'hardware.memoryBandwidthEfficiencyFraction': 1,
          });
          const cost = effectContext(params).workload;
          const stepS = cost.terms.reduce((sum, t) => sum + t.seconds, 0);
          const floorS = weightBytesRead / nodes / bandwidthBytesPerS + 32 * barriers * barrierUs * 1e-6;
          return stepS >= floorS * (1 - 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('more nodes never shrink the barrier time per token', () => {
    const barrierS = (nodes: number) =>
      effectContext(setParams(llama2, { 'network.nodeCount': nodes })).workload.terms.find((t) =>
        t.name.startsWith('thread barriers'),
      )?.seconds ?? Number.NaN;
    expect(barrierS(8)).toBe(barrierS(1));
    expect(barrierS(1)).toBeGreaterThan(0);
  });
});
