// The catalogue: every preset's shape reproduces the parameter count its source publishes, the CNNs the
// multiply-adds their papers state, and the ids (the table's options) are unique.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_IDS, MODEL_CATALOGUE, parameterCountOf } from '../../../src/core/models/catalogue';
import { walkLayers } from '../../../src/core/models/layerList';
import { transformerWeights } from '../../../src/core/models/transformerWeights';
import { isLayerList, type TransformerArchitecture } from '../../../src/core/models/types';
import { MODEL_PARAMS } from '../../../src/core/params/groups/job';

/** Published counts are rounded (GPT-2 XL is "1.5B" for 1.56B): 5% is the done-when line's tolerance. */
const COUNT_TOLERANCE_FRACTION = 0.05;
/** Published multiply-adds are rounded and count slightly different operations: the brief's 10%. */
const MULTIPLY_ADD_TOLERANCE_FRACTION = 0.1;

const preset = (id: string) => {
  const found = MODEL_CATALOGUE.find((entry) => entry.id === id);
  if (!found) throw new Error(id);
  return found;
};
const multiplyAdds = (id: string) => {
  const architecture = preset(id).architecture;
  if (!isLayerList(architecture)) throw new Error(id);
  return walkLayers(architecture).reduce((sum, layer) => sum + layer.multiplyAddCount, 0);
};

describe('model catalogue', () => {
  it.each(MODEL_CATALOGUE.map((entry) => [entry.id, entry] as const))(
    '%s reproduces its published parameter count within 5%%',
    (_, entry) => {
      const ratio = parameterCountOf(entry.architecture) / entry.publishedParameterCount;
      expect(Math.abs(ratio - 1)).toBeLessThanOrEqual(COUNT_TOLERANCE_FRACTION);
      expect(entry.source.length).toBeGreaterThan(20);
    },
  );

  it('has every preset the issue names, with unique ids offered as model.architecture options', () => {
    expect(new Set(CATALOGUE_IDS).size).toBe(CATALOGUE_IDS.length);
    for (const id of ['gpt2-124m', 'gpt2-1.5b', 'bert-base', 'bert-large', 'llama-2-70b', 'llama-3-405b'])
      expect(CATALOGUE_IDS).toContain(id);
    for (const id of ['llama-3.2-1b', 'bloom-176b', 'mixtral-8x7b', 'deepseek-v3', 'resnet-18', 'resnet-50'])
      expect(CATALOGUE_IDS).toContain(id);
    for (const id of ['vgg-16', 'mobilenet-v1', 'lenet-300-100']) expect(CATALOGUE_IDS).toContain(id);
    for (const id of ['efficientnet-b0', 'mobilenet-v3-large', 'mobilenet-v3-small'])
      expect(CATALOGUE_IDS).toContain(id);
    expect(MODEL_PARAMS.architecture.options).toEqual(['custom', ...CATALOGUE_IDS]);
  });

  it('routes Mixtral and DeepSeek-V3 tokens through their published active parameters', () => {
    const active = (id: string) =>
      transformerWeights(preset(id).architecture as TransformerArchitecture).activeCount;
    // Mixtral: 12.9B active (Jiang et al. 2024); DeepSeek-V3: 37B active (DeepSeek-AI 2024).
    expect(active('mixtral-8x7b') / 12.9e9).toBeCloseTo(1, 1);
    expect(active('deepseek-v3') / 37e9).toBeCloseTo(1, 1);
  });

  it('walks the CNNs to the multiply-adds their papers state', () => {
    // ResNet-18 1.8e9 (He et al. 2016 table 1), VGG-16 15.5e9, MobileNet v1 569e6 (Howard et al. 2017).
    expect(multiplyAdds('resnet-18') / 1.8e9).toBeCloseTo(1, 1);
    expect(multiplyAdds('vgg-16') / 15.5e9).toBeCloseTo(1, 1);
    expect(multiplyAdds('mobilenet-v1') / 569e6).toBeCloseTo(1, 1);
  });

  it.each([
    // Multiply-adds (MACs; FLOP = 2 MACs). EfficientNet's "0.39B FLOPS" (Tan and Le 2019, table 2) counts
    // multiply-adds, as MobileNetV3's 219M / 56M MAdds do (Howard et al. 2019, tables 3-4); hard-swish,
    // SE pooling and channel scaling are element-wise and count none.
    ['efficientnet-b0', 0.39e9],
    ['mobilenet-v3-large', 219e6],
    ['mobilenet-v3-small', 56e6],
  ] as const)('walks %s to its published multiply-adds within 10%%', (id, published) => {
    expect(Math.abs(multiplyAdds(id) / published - 1)).toBeLessThanOrEqual(MULTIPLY_ADD_TOLERANCE_FRACTION);
  });

  it('needs the SE blocks to reach EfficientNet-B0 and MobileNetV3-Large sizes', () => {
    for (const id of ['efficientnet-b0', 'mobilenet-v3-large']) {
      const architecture = preset(id).architecture;
      if (!isLayerList(architecture)) throw new Error(id);
      const excitation = walkLayers(architecture)
        .filter((layer) => layer.name.startsWith('SE '))
        .reduce((sum, layer) => sum + layer.parameterCount, 0);
      // Without SE, EfficientNet-B0 would count about 4.65M against the published 5.3M.
      const rest = parameterCountOf(architecture) - excitation;
      expect(rest / preset(id).publishedParameterCount).toBeLessThan(1 - COUNT_TOLERANCE_FRACTION);
    }
  });

  it('ends every CNN in 1000 ImageNet classes', () => {
    for (const id of [
      'resnet-18',
      'resnet-50',
      'vgg-16',
      'mobilenet-v1',
      'efficientnet-b0',
      'mobilenet-v3-small',
    ]) {
      const architecture = preset(id).architecture;
      if (!isLayerList(architecture)) throw new Error(id);
      expect(
        walkLayers(architecture)
          .filter((layer) => layer.mainPath)
          .at(-1)?.outputShape,
      ).toEqual([1000]);
    }
  });
});
