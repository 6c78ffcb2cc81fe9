// Compute and memory bounds, FLOP per token, link rates and memory feasibility.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { computeTimeS, forwardTime, memoryTimeS } from '../../../src/core/workloads/compute';
import { inferenceFlopPerToken, trainingFlopPerToken } from '../../../src/core/workloads/flops';
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

describe('FLOP per token', () => {
  it('is 6N plus 12 L d T for training', () => {
    expect(trainingFlopPerToken(params)).toBe(6e9 + 12 * 10 * 1000 * 100);
  });
  it('is 2N plus 4 L d c for inference at context c', () => {
    expect(inferenceFlopPerToken(params, 50)).toBe(2e9 + 4 * 10 * 1000 * 50);
  });
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
      }),
    );
    expect(link.uploadBytesPerS).toBeCloseTo(5e6, 6);
    expect(link.downloadBytesPerS).toBeCloseTo(5e7, 6);
    expect(link.oneWayLatencyS).toBeCloseTo(0.05, 12);
  });
});

describe('memory feasibility', () => {
  it('needs 16 bytes per parameter for bf16 training with Adam', () => {
    const fit = trainingMemoryFit(setParams(params, { 'hardware.gpusPerNodeCount': 8 }), 1);
    expect(fit.requiredGbPerGpu).toBeCloseTo(2, 9);
    expect(fit.feasible).toBe(true);
  });
  it('reports why a model does not fit', () => {
    const tiny = setParams(params, { 'hardware.memoryGB': 1, 'hardware.gpusPerNodeCount': 1 });
    const fit = inferenceMemoryFit(tiny, 1);
    expect(fit.feasible).toBe(false);
    expect(fit.infeasibleReason).toMatch(/2\.0 GB per GPU/);
  });
});
