// Compute and memory bounds, link rates and memory feasibility.
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { computeTimeS, forwardTime, memoryTimeS } from '../../../src/core/workloads/compute';
import { linkRates } from '../../../src/core/workloads/links';
import { inferenceMemoryFit, trainingMemoryFit } from '../../../src/core/workloads/memory';

const params = setParams(defaultParams(), {
  'model.parameterCount': 1e9,
  'model.layerCount': 10,
  'model.hiddenSize': 1000,
  'model.sequenceLengthTokens': 100,
  'hardware.peakFlopPerS': 1e12,
  'hardware.mfuFraction': 0.5,
  'hardware.memoryBandwidthTBps': 2,
  'hardware.memoryBandwidthEfficiencyFraction': 0.5,
});

describe('time bounds', () => {
  it('divides FLOP by GPUs x peak x MFU', () => {
    expect(computeTimeS(params, 4e12, 2)).toBeCloseTo(4, 12);
  });
  it('divides bytes by GPUs x bandwidth x achievable share', () => {
    expect(memoryTimeS(params, 2e12, 2)).toBeCloseTo(1, 12);
  });
  it('takes the larger bound', () => {
    const memoryBound = forwardTime(params, 1e9, 2e12, 1);
    expect(memoryBound.seconds).toBe(memoryBound.memoryS);
    const computeBound = forwardTime(params, 1e14, 1, 1);
    expect(computeBound.seconds).toBe(computeBound.computeS);
  });
});

describe('linkRates', () => {
  it('applies link efficiency to Mbit/s and halves the round trip', () => {
    const link = linkRates(
      setParams(params, {
        'network.uploadMbps': 80,
        'network.downloadMbps': 800,
        'network.linkEfficiencyFraction': 0.5,
        'network.rttMs': 100,
        // Four 3 MiB windows per 100 ms (126 MB/s) stay above both ports (tcpCeiling.test.ts tests the cap).
        'network.tcpConnectionsPerPeerCount': 4,
      }),
    );
    expect(link.uploadBytesPerS).toBeCloseTo(5e6, 6);
    expect(link.downloadBytesPerS).toBeCloseTo(5e7, 6);
    expect(link.oneWayLatencyS).toBeCloseTo(0.05, 12);
  });
});

describe('memory feasibility', () => {
  it('needs 16 bytes per parameter for bf16 training with Adam', () => {
    const eight = setParams(params, { 'hardware.gpusPerNodeCount': 8 });
    const fit = trainingMemoryFit(eight, effectContext(eight).work, 1, 0);
    // 16 bytes x 1e9 parameters over 8 GPUs, in GiB (2^30 bytes) like the capacity.
    expect(fit.requiredGibPerGpu).toBeCloseTo(2e9 / 1_073_741_824, 9);
    expect(fit.feasible).toBe(true);
  });
  it('reports why a model does not fit', () => {
    const tiny = setParams(params, {
      'hardware.memoryGB': 1,
      'hardware.gpusPerNodeCount': 1,
      'inference.outputTokenCount': 1,
      'inference.promptTokenCount': 1,
    });
    const fit = inferenceMemoryFit(tiny, effectContext(tiny).work, 1);
    expect(fit.feasible).toBe(false);
    expect(fit.infeasibleReason).toMatch(/1\.9 GiB per GPU but each GPU has 1 GiB/);
  });
  it('counts the KV cache of the batch when generating', () => {
    const generating = setParams(params, {
      'inference.batchSizeCount': 64,
      'inference.promptTokenCount': 1000,
      'model.attentionHeadCount': 10,
      'model.keyValueHeadCount': 10,
    });
    const work = effectContext(generating).work;
    const withCache = inferenceMemoryFit(generating, work, 1).requiredGibPerGpu;
    const forward = setParams(generating, { 'inference.mode': 'forward' });
    const withoutCache = inferenceMemoryFit(forward, work, 1).requiredGibPerGpu;
    // 64 sequences x (1000 + 128) tokens x 2 (K, V) x 10 layers x 10 heads x 100 wide x 2 bytes.
    // In GiB (2^30 bytes), the unit of the memory capacity it is checked against.
    const cacheGib = (64 * 1128 * 2 * 10 * 10 * 100 * 2) / 1_073_741_824 / params.hardware.gpusPerNodeCount;
    expect(withCache - withoutCache).toBeCloseTo(cacheGib, 9);
  });
});
