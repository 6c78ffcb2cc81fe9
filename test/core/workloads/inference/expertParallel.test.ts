// Expert-parallel all-to-alls inside a node: how many other GPUs a token's experts live on, and the dispatch and
// combine traffic of a MoE pass (worked values and properties).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../../src/core/params/table';
import { applyPreset } from '../../../../src/core/presets/index';
import { describeWork } from '../../../../src/core/work/describe';
import {
  expectedRemoteGpuCount,
  expertAllToAll,
} from '../../../../src/core/workloads/inference/expertParallel';
import { evaluateWorkload } from '../../../../src/core/workloads/registry';

const qwen = (values: Parameters<typeof setParams>[1]) =>
  setParams(applyPreset(defaultParams(), 'model', 'qwen3.5-397b-a17b'), values);

describe('expectedRemoteGpuCount', () => {
  it('is 0 on one GPU, (g - 1) / g for one expert per token, and g - 1 when every GPU is hit', () => {
    const experts = { expertCount: 512, activeExpertCount: 1, layerCount: 60 };
    expect(expectedRemoteGpuCount(experts, 1)).toBe(0);
    expect(expectedRemoteGpuCount(experts, 8)).toBeCloseTo(7 / 8, 12);
    expect(expectedRemoteGpuCount({ ...experts, activeExpertCount: 8, expertCount: 8 }, 8)).toBe(7);
  });

  it('lies between 0 and min(g - 1, k) (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 512 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        (expertCount, share, gpus) => {
          const activeExpertCount = Math.max(1, Math.round(share * expertCount));
          const remote = expectedRemoteGpuCount({ expertCount, activeExpertCount, layerCount: 1 }, gpus);
          expect(remote).toBeGreaterThanOrEqual(0);
          expect(remote).toBeLessThanOrEqual(Math.min(gpus - 1, activeExpertCount) + 1e-9);
        },
      ),
    );
  });
});

describe('expertAllToAll', () => {
  it('costs nothing for a dense model or on one GPU', () => {
    const dense = applyPreset(defaultParams(), 'model', 'llama-3-70b');
    expect(expertAllToAll(dense, describeWork(dense), 128).bytesPerGpu).toBe(0);
    const one = qwen({ 'hardware.gpusPerNodeCount': 1 });
    expect(expertAllToAll(one, describeWork(one), 128).transferS).toBe(0);
  });

  it('moves T/g x remote GPUs x d x bytes per all-to-all, two per MoE layer', () => {
    const params = qwen({ 'hardware.gpusPerNodeCount': 8, 'network.intraNodeBandwidthGBps': 400 });
    const work = describeWork(params);
    const cost = expertAllToAll(params, work, 128);
    // 10 of 512 experts, 64 per GPU: a given other GPU holds none of them with probability C(448,10)/C(512,10).
    let none = 1;
    for (let pick = 0; pick < 10; pick++) none *= (448 - pick) / (512 - pick);
    const perLayer = 16 * 7 * (1 - none) * 4096 * work.communicationBytesPerValue;
    expect(cost.allToAllCount).toBe(120);
    expect(cost.bytesPerGpu / (120 * perLayer)).toBeCloseTo(1, 12);
    expect(cost.transferS).toBeCloseTo(cost.bytesPerGpu / 400e9, 15);
  });

  it('never gets faster with more tokens or slower with a faster node link (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mixtral-8x7b', 'deepseek-v3', 'qwen3.5-397b-a17b'),
        fc.integer({ min: 2, max: 16 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        (id, gpus, tokens, gbps) => {
          const params = setParams(applyPreset(defaultParams(), 'model', id), {
            'hardware.gpusPerNodeCount': gpus,
            'network.intraNodeBandwidthGBps': gbps,
          });
          const faster = setParams(params, { 'network.intraNodeBandwidthGBps': gbps * 2 });
          const work = describeWork(params);
          const time = (p: typeof params, t: number) => {
            const cost = expertAllToAll(p, work, t);
            return cost.latencyS + cost.transferS;
          };
          expect(time(params, tokens + 1)).toBeGreaterThanOrEqual(time(params, tokens));
          expect(time(faster, tokens)).toBeLessThanOrEqual(time(params, tokens));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('MoE metrics of the inference placements', () => {
  it('report the experts a step reads and the all-to-all bytes per GPU, and neither for a dense model', () => {
    for (const placement of ['replicated', 'pipeline'] as const) {
      const params = qwen({
        'workload.kind': 'inference',
        'inference.placement': placement,
        'inference.pipelineStageCount': 1,
        'inference.batchSizeCount': 128,
        'hardware.gpusPerNodeCount': 8,
        'network.nodeCount': 1,
      });
      const work = describeWork(params);
      const metrics = evaluateWorkload(params, work).metrics;
      expect(metrics.expertsTouchedFraction).toBeCloseTo(1 - (502 / 512) ** 128, 12);
      expect(metrics.expertAllToAllBytesPerGpu).toBeCloseTo(expertAllToAll(params, work, 128).bytesPerGpu, 3);
    }
    const dense = setParams(applyPreset(defaultParams(), 'model', 'llama-3-70b'), {
      'workload.kind': 'inference',
      'hardware.gpusPerNodeCount': 8,
    });
    const metrics = evaluateWorkload(dense, describeWork(dense)).metrics;
    expect(metrics.expertsTouchedFraction).toBeUndefined();
    expect(metrics.expertAllToAllBytesPerGpu).toBeUndefined();
  });
});
