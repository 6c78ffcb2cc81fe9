// The work description: a decoder's training FLOP per token lies between 6N and 6N plus its attention term
// (property), each family has the passes it runs, and the per-layer work adds up to the pass totals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architectureOf } from '../../../src/core/models/fromParams';
import { transformerWeights } from '../../../src/core/models/transformerWeights';
import type { TransformerArchitecture } from '../../../src/core/models/types';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';
import { describeWork } from '../../../src/core/work/describe';
import { sumLayers } from '../../../src/core/work/transformerPass';

/**
 * PaLM appendix B: training attention costs 12 L H Q T FLOP per token (H heads of width Q, context T). With
 * latent attention the query-key product is wider by the rotary part, so Q is the mean of the two widths.
 */
function attentionTerm(model: TransformerArchitecture, contextTokens: number): number {
  const rope = model.latentAttention?.ropeHeadSize ?? 0;
  const width = (2 * model.headSize + rope) / 2;
  return 12 * model.layerCount * model.attentionHeadCount * width * contextTokens;
}

const decoders = fc.oneof(
  fc
    .record({
      count: fc.double({ min: 8, max: 14, noNaN: true }).map((exponent) => 10 ** exponent),
      sequence: fc.integer({ min: 1, max: 131072 }),
      tied: fc.boolean(),
      gated: fc.boolean(),
    })
    .map(({ count, sequence, tied, gated }) =>
      setParams(defaultParams(), {
        'model.parameterCount': count,
        'model.sequenceLengthTokens': sequence,
        'model.tiedEmbeddings': tied,
        'model.gatedFeedForward': gated,
      }),
    ),
  fc
    .constantFrom('gpt2-124m', 'llama-2-70b', 'llama-3-405b', 'bloom-176b', 'mixtral-8x7b', 'deepseek-v3')
    .map((id) => applyPreset(defaultParams(), 'model', id)),
);

describe('describeWork', () => {
  it("puts a decoder's training FLOP per token between 6N and 6N + 12 L d T (property)", () => {
    fc.assert(
      fc.property(decoders, (params: Params) => {
        const model = architectureOf(params) as TransformerArchitecture;
        const pass = describeWork(params).passes.trainingStep;
        if (!pass) throw new Error('no training pass');
        const perToken = pass.totalFlop / pass.tokenCount;
        // N of the 6N rule: the active weights that multiply activations (Kaplan et al. 2020 leave out the
        // embedding look-up; the output projection multiplies, so it counts).
        const weights = transformerWeights(model);
        const sixN = 6 * weights.activeMatrixCount;
        const top = sixN + attentionTerm(model, params.model.sequenceLengthTokens);
        expect(perToken).toBeGreaterThanOrEqual(sixN * (1 - 1e-12));
        expect(perToken).toBeLessThanOrEqual(top * (1 + 1e-12));
        // Only look-ups and element-wise weights (norms, biases) are left out of N.
        const lookUpAndElementWise =
          weights.embeddingCount +
          weights.positionCount +
          weights.extraCount +
          model.layerCount * weights.elementWisePerLayerCount +
          2 * model.hiddenSize;
        const inactive = weights.totalCount - weights.activeCount;
        expect(weights.activeMatrixCount).toBeLessThanOrEqual(weights.totalCount - inactive);
        expect(weights.activeMatrixCount + lookUpAndElementWise + inactive).toBeGreaterThanOrEqual(
          weights.totalCount * (1 - 1e-12),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('gives decoders prefill and decoding, and encoders, CNNs and MLPs forward passes only', () => {
    const passes = (params: Params) => Object.keys(describeWork(params).passes).sort();
    expect(passes(defaultParams())).toEqual([
      'batchedForward',
      'decodeToken',
      'forward',
      'prefill',
      'trainingStep',
    ]);
    for (const id of ['bert-base', 'resnet-50', 'lenet-300-100'])
      expect(passes(applyPreset(defaultParams(), 'model', id))).toEqual([
        'batchedForward',
        'forward',
        'trainingStep',
      ]);
  });

  it('counts one ResNet-18 forward pass as twice its multiply-adds, with ReLU and max-pool elements', () => {
    const work = describeWork(applyPreset(defaultParams(), 'model', 'resnet-18'));
    const forward = work.passes.forward;
    expect(forward?.itemCount).toBe(1);
    expect((forward?.matmulFlop ?? 0) / 3.6e9).toBeCloseTo(1, 1);
    expect(forward?.nonLinearElementCounts.relu).toBeGreaterThan(1e6);
    // One 3x3/2 max pool over 64 x 112 x 112 gives 64 x 56 x 56 outputs of 9 inputs each.
    expect(forward?.nonLinearElementCounts.pooling).toBe(64 * 56 * 56 * 9);
    expect(forward?.layers[0]?.inputShape).toEqual([3, 224, 224]);
  });

  it('counts EfficientNet-B0 swish and SE sigmoids as SiLU elements, MobileNetV3 hard-swish as ReLU', () => {
    const forward = (id: string) => describeWork(applyPreset(defaultParams(), 'model', id)).passes.forward;
    const efficientNet = forward('efficientnet-b0')?.nonLinearElementCounts;
    // The stem alone: 32 x 112 x 112 swish outputs; no ReLU anywhere.
    expect(efficientNet?.silu).toBeGreaterThan(32 * 112 * 112);
    expect(efficientNet?.relu).toBe(0);
    const mobileNet = forward('mobilenet-v3-small')?.nonLinearElementCounts;
    expect(mobileNet?.relu).toBeGreaterThan(2 * 16 * 112 * 112);
    expect(mobileNet?.silu).toBe(0);
    expect(forward('mobilenet-v3-small')?.layers.some((layer) => layer.kind === 'channelScale')).toBe(true);
  });

  it('adds the per-layer work up to the pass totals', () => {
    for (const id of ['gpt2-124m', 'mixtral-8x7b', 'vgg-16', 'efficientnet-b0', 'mobilenet-v3-large']) {
      const work = describeWork(applyPreset(defaultParams(), 'model', id));
      for (const pass of Object.values(work.passes)) {
        const sums = sumLayers(pass.layers);
        const ratio = pass.pass === 'trainingStep' ? 3 : 1;
        expect(pass.matmulFlop).toBeCloseTo(ratio * sums.matmulFlop, -3);
        expect(pass.nonLinearElementCounts).toEqual(sums.nonLinearElementCounts);
      }
    }
  });

  it('counts the vocabulary output of a decoder and reads a KV cache only when decoding', () => {
    const gpt2 = setParams(applyPreset(defaultParams(), 'model', 'gpt2-124m'), {
      'inference.promptTokenCount': 32,
    });
    const work = describeWork(gpt2);
    expect(work.passes.forward?.nonLinearElementCounts.vocabularyOutput).toBe(32 * 50257);
    expect(work.passes.prefill?.kvCacheBytesRead).toBe(0);
    expect(work.passes.decodeToken?.kvCacheBytesRead).toBeGreaterThan(0);
    // GPT-2: 2 (K, V) x 12 layers x 768 values x 2 bytes per token.
    expect(work.kvCacheBytesPerToken).toBe(2 * 12 * 768 * 2);
  });

  it('reads only the routed experts when a MoE decodes one token', () => {
    const work = describeWork(applyPreset(defaultParams(), 'model', 'mixtral-8x7b'));
    const decode = work.passes.decodeToken;
    expect(decode?.weightBytesRead).toBeLessThan(0.35 * work.weightBytes);
    expect(work.passes.trainingStep?.weightBytesRead).toBe(work.weightBytes);
  });
});
