// The squeeze-and-excitation layer: parameters, multiply-adds, non-linear elements and activation values of
// a small block counted by hand (Hu et al. 2018, figure 2), and how the layer walk carries its shape on.
import { describe, expect, it } from 'vitest';
import { layerListParameterCount, walkLayers } from '../../../src/core/models/layerList';
import { conv, squeezeExcitation } from '../../../src/core/models/presets/layerBuilders';
import type { LayerListArchitecture } from '../../../src/core/models/types';
import { layerListActivationBytes } from '../../../src/core/work/trainingActivations';

/** 8 channels of 4 x 4, squeezed to 2: small enough to count by hand. */
const BLOCK: LayerListArchitecture = {
  family: 'cnn',
  inputShape: [8, 4, 4],
  layers: [squeezeExcitation(2, 'relu', 'sigmoid')],
};

describe('squeeze-and-excitation layer', () => {
  it('counts (8 + 1) x 2 + (2 + 1) x 8 = 42 parameters and 8 x 2 + 2 x 8 = 32 multiply-adds', () => {
    expect(layerListParameterCount(BLOCK)).toBe(42);
    const walked = walkLayers(BLOCK);
    expect(walked.reduce((sum, layer) => sum + layer.multiplyAddCount, 0)).toBe(32);
  });

  it('keeps the map shape, so the next layer sees [8, 4, 4]', () => {
    const walked = walkLayers({ ...BLOCK, layers: [...BLOCK.layers, conv(3, 1, { batchNorm: false })] });
    expect(walked.map((layer) => layer.outputShape)).toEqual([[8], [2], [8], [8, 4, 4], [3, 4, 4]]);
    // The 1x1 convolution after it: (8 + 1 bias) x 3 weights.
    expect(walked.at(-1)?.parameterCount).toBe(27);
  });

  it('counts 2 ReLU and 8 sigmoid elements (as SiLU), or 2 x 8 comparisons for a hard-sigmoid gate', () => {
    const sum = (architecture: LayerListArchitecture, key: 'reluCount' | 'siluCount') =>
      walkLayers(architecture).reduce((total, layer) => total + layer[key], 0);
    expect(sum(BLOCK, 'reluCount')).toBe(2);
    expect(sum(BLOCK, 'siluCount')).toBe(8);
    const hard = { ...BLOCK, layers: [squeezeExcitation(2, 'relu', 'hardSigmoid')] };
    expect(sum(hard, 'reluCount')).toBe(2 + 2 * 8);
    expect(sum(hard, 'siluCount')).toBe(0);
  });

  it('keeps the squeezed vectors and the scaled map for the backward pass: 8 + 2 + 8 + 128 values', () => {
    expect(layerListActivationBytes(BLOCK, 2).layersBytesPerItem).toBe(2 * (8 + 2 + 8 + 128));
  });
});
