// Expert routing: the expected share of experts a batch touches (1 - (1 - k/E)^T) and the weight bytes a MoE
// decoding step reads, which must grow with the batch from the active toward all parameters (properties).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architectureOf } from '../../../src/core/models/fromParams';
import { transformerWeights } from '../../../src/core/models/transformerWeights';
import type { TransformerArchitecture } from '../../../src/core/models/types';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { weightBytesPerValue } from '../../../src/core/precision/formats';
import { applyPreset } from '../../../src/core/presets/index';
import { describeWork } from '../../../src/core/work/describe';
import {
  expectedExpertShareTouched,
  expectedExpertsTouchedCount,
} from '../../../src/core/work/expertRouting';

const routing = fc.record({
  experts: fc.integer({ min: 1, max: 1024 }),
  pickedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  tokens: fc.integer({ min: 1, max: 1_000_000 }),
});

describe('expectedExpertShareTouched', () => {
  it('gives k/E for one token and the closed form for a batch', () => {
    expect(expectedExpertShareTouched(256, 8, 1)).toBeCloseTo(8 / 256, 15);
    // Qwen3.5 397B-A17B at 128 sequences: 1 - (502/512)^128.
    expect(expectedExpertShareTouched(512, 10, 128)).toBeCloseTo(1 - (502 / 512) ** 128, 12);
    expect(expectedExpertsTouchedCount(8, 2, 2)).toBeCloseTo(8 * (1 - 0.75 ** 2), 12);
    expect(expectedExpertShareTouched(8, 8, 3)).toBe(1);
    expect(expectedExpertShareTouched(8, 2, 0)).toBe(0);
  });

  it('lies between k/E and min(1, T k / E) and never falls as the batch grows (property)', () => {
    fc.assert(
      fc.property(routing, ({ experts, pickedShare, tokens }) => {
        const active = Math.max(1, Math.round(pickedShare * experts));
        const share = expectedExpertShareTouched(experts, active, tokens);
        const more = expectedExpertShareTouched(experts, active, tokens + 1);
        expect(share).toBeGreaterThanOrEqual((active / experts) * (1 - 1e-12));
        expect(share).toBeLessThanOrEqual(Math.min(1, (tokens * active) / experts) * (1 + 1e-12));
        expect(more).toBeGreaterThanOrEqual(share);
      }),
    );
  });
});

describe('MoE decoding weight reads', () => {
  const presets = ['mixtral-8x7b', 'deepseek-v3', 'qwen3.5-397b-a17b'] as const;

  it('reads between the active and all weights, never fewer for a larger batch (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...presets),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 512 }),
        (id, batch, extra) => {
          const base = applyPreset(defaultParams(), 'model', id);
          const read = (count: number) => {
            const params = setParams(base, { 'inference.batchSizeCount': count });
            const work = describeWork(params);
            const bytesPerWeight = weightBytesPerValue(params);
            return {
              bytes: work.passes.decodeToken?.weightBytesRead ?? Number.NaN,
              active: work.activeParameterCount * bytesPerWeight,
              all: work.weightBytes,
            };
          };
          const small = read(batch);
          const large = read(batch + extra);
          expect(small.bytes).toBeGreaterThanOrEqual(small.active * (1 - 1e-12));
          expect(small.bytes).toBeLessThanOrEqual(small.all * (1 + 1e-12));
          expect(large.bytes).toBeGreaterThanOrEqual(small.bytes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the active weights at one sequence and nearly all of DeepSeek-V3 at 1,024', () => {
    const params = applyPreset(defaultParams(), 'model', 'deepseek-v3');
    const one = describeWork(setParams(params, { 'inference.batchSizeCount': 1 }));
    const many = describeWork(setParams(params, { 'inference.batchSizeCount': 1024 }));
    const bytesPerWeight = weightBytesPerValue(params);
    expect(
      (one.passes.decodeToken?.weightBytesRead ?? 0) / (one.activeParameterCount * bytesPerWeight),
    ).toBeCloseTo(1, 9);
    // Qwen3.5 at 128 sequences: the shared weights plus 1 - (502/512)^128 of the routed ones, not all of
    // them (128 x 10 picks exceed 512 experts, but tokens share experts).
    const qwen = setParams(applyPreset(defaultParams(), 'model', 'qwen3.5-397b-a17b'), {
      'inference.batchSizeCount': 128,
    });
    const weights = transformerWeights(architectureOf(qwen) as TransformerArchitecture);
    const touched = 1 - (502 / 512) ** 128;
    const expected =
      (weights.totalCount - weights.routedExpertCount * (1 - touched)) * weightBytesPerValue(qwen);
    expect((describeWork(qwen).passes.decodeToken?.weightBytesRead ?? 0) / expected).toBeCloseTo(1, 9);
    // 1 - (1 - 8/256)^1024 = 1 - 7.9e-15: every routed expert is read.
    expect((many.passes.decodeToken?.weightBytesRead ?? 0) / many.weightBytes).toBeCloseTo(1, 9);
  });
});
