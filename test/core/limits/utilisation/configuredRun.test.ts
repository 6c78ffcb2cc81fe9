// The configured model on a stated split: its shape in the curve's terms, recomputation, the bubble, bad input.
import { describe, expect, it } from 'vitest';
import {
  configuredModelShape,
  configuredRunMetrics,
} from '../../../../src/core/limits/utilisation/configuredRun';
import { architectureOf } from '../../../../src/core/models/fromParams';
import { transformerWeights } from '../../../../src/core/models/transformerWeights';
import { isLayerList } from '../../../../src/core/models/types';
import { paramConstraintErrors } from '../../../../src/core/params/constraints';
import type { Params } from '../../../../src/core/params/table';
import { gpt3Configured } from './configuredParams';

function gpt3On(limits: Partial<Params['limits']>): Params {
  return gpt3Configured('A100_SXM_80GB', 8, limits);
}

describe('configured run', () => {
  it('keeps the layers’ matrices: 2 d f per curve layer, two curve layers per transformer layer', () => {
    const params = gpt3On({});
    const shape = configuredModelShape(params);
    const architecture = architectureOf(params);
    if (isLayerList(architecture)) throw new Error('GPT-3 is a transformer');
    const weights = transformerWeights(architecture);
    const matrices = weights.attentionMatrixPerLayerCount + weights.denseFeedForwardMatrixCount;
    const curveWeights = 2 * shape.modelWidthCount * shape.feedForwardWidthCount * shape.layerCount;
    expect(curveWeights).toBeCloseTo(matrices * architecture.layerCount, -3);
    expect(shape.layerCount).toBe(2 * architecture.layerCount);
    expect(shape.parameterCount).toBe(weights.totalCount);
  });

  it('recomputation lowers MFU and counts 8 instead of 6 FLOP per parameter and token as HFU', () => {
    const plain = configuredRunMetrics(gpt3On({ configuredRecomputation: false }));
    const recomputed = configuredRunMetrics(gpt3On({ configuredRecomputation: true }));
    expect(recomputed.configuredRunModelFlopUtilisationFraction).toBeLessThan(
      plain.configuredRunModelFlopUtilisationFraction ?? 0,
    );
    expect(plain.configuredRunHardwareFlopUtilisationFraction).toBe(
      plain.configuredRunModelFlopUtilisationFraction,
    );
    const ratio =
      (recomputed.configuredRunHardwareFlopUtilisationFraction ?? 0) /
      (recomputed.configuredRunModelFlopUtilisationFraction ?? 1);
    expect(ratio).toBeCloseTo(8 / 6, 12);
  });

  it('a bigger batch (more micro-batches, smaller bubble) never lowers MFU under 1F1B', () => {
    let previous = 0;
    for (const batch of [128, 256, 512, 1024, 2048]) {
      const mfu =
        configuredRunMetrics(gpt3On({ configuredBatchSequenceCount: batch }))
          .configuredRunModelFlopUtilisationFraction ?? 0;
      expect(mfu).toBeGreaterThanOrEqual(previous);
      previous = mfu;
    }
    expect(previous).toBeLessThan(gpt3On({}).limits.configuredMatmulFraction);
  });

  it('names the fields when the batch does not divide into micro-batches', () => {
    const params = gpt3On({ configuredBatchSequenceCount: 1000 });
    expect(() => configuredRunMetrics(params)).toThrow(
      /limits.configuredBatchSequenceCount.*limits.configuredDataParallelCount/,
    );
    expect(paramConstraintErrors(params).map((error) => error.path)).toContain(
      'limits.configuredBatchSequenceCount',
    );
    const off = { ...params, limits: { ...params.limits, configuredRunEnabled: false } };
    expect(paramConstraintErrors(off).map((error) => error.path)).not.toContain(
      'limits.configuredBatchSequenceCount',
    );
  });
});

describe('split search', () => {
  it('finds a split at least as good as any stated split of the same GPUs', () => {
    const stated = gpt3On({ configuredRecomputation: false });
    const searched = { ...stated, limits: { ...stated.limits, configuredSplitSearchGpuCount: 1024 } };
    const best = configuredRunMetrics(searched);
    expect(best.configuredRunGpuCount).toBe(1024);
    for (const [tensor, stages] of [
      [8, 8],
      [4, 16],
      [8, 16],
    ] as const) {
      const replicas = 1024 / (tensor * stages);
      const mfu = configuredRunMetrics(
        gpt3On({
          configuredTensorParallelCount: tensor,
          configuredPipelineStageCount: stages,
          configuredDataParallelCount: replicas,
        }),
      ).configuredRunModelFlopUtilisationFraction;
      expect(best.configuredRunModelFlopUtilisationFraction).toBeGreaterThanOrEqual(mfu ?? 1);
    }
  });

  it('names the field when no split of the GPUs divides the batch', () => {
    const params = gpt3On({ configuredSplitSearchGpuCount: 7 * 1024 });
    expect(() => configuredRunMetrics(params)).toThrow(/limits.configuredSplitSearchGpuCount/);
    expect(paramConstraintErrors(params).map((error) => error.path)).toEqual([
      'limits.configuredSplitSearchGpuCount',
    ]);
  });
});
