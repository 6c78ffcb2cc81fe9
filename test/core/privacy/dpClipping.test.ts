// The clipping cost model: book-keeping never costs more than ghost clipping (it drops the second
// back-propagation), neither is cheaper than plain training, and the ghost norm grows with the sequence.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { clippingComplexityRatio, weightMatricesOf } from '../../../src/core/privacy/dpClipping';

const gpt2 = (tokens: number) =>
  setParams(defaultParams(), {
    'model.architecture': 'gpt2-124m',
    'model.sequenceLengthTokens': tokens,
    'workload.kind': 'training',
  });

describe('DP clipping cost by implementation', () => {
  it('prices book-keeping between plain training and ghost clipping', () => {
    for (const tokens of [16, 100, 1024]) {
      const matrices = weightMatricesOf(gpt2(tokens));
      const bookKeeping = clippingComplexityRatio(matrices, 'book-keeping');
      const ghost = clippingComplexityRatio(matrices, 'ghost-clipping');
      expect(bookKeeping).toBeGreaterThan(1);
      expect(ghost).toBeGreaterThan(bookKeeping);
    }
  });

  it('charges ghost clipping more for longer sequences (the T x T Gram matrices)', () => {
    const short = clippingComplexityRatio(weightMatricesOf(gpt2(64)), 'ghost-clipping');
    const long = clippingComplexityRatio(weightMatricesOf(gpt2(1024)), 'ghost-clipping');
    expect(long).toBeGreaterThan(short);
  });

  it('lists GPT-2 small’s matrices: 12 layers of q, k, v, o, up, down and the vocabulary head', () => {
    const matrices = weightMatricesOf(gpt2(100));
    const weights = matrices.reduce(
      (sum, m) => sum + m.repeatCount * m.inputWidthCount * m.outputWidthCount,
      0,
    );
    // 12 x (4 x 768^2 + 2 x 768 x 3072) + 50,257 x 768 = 123.5 M (biases, norms and positions excluded).
    expect(weights).toBeCloseTo(12 * (4 * 768 ** 2 + 2 * 768 * 3072) + 50257 * 768, -3);
  });

  it('prices a CNN from the work description’s convolution layers', () => {
    const resnet = setParams(defaultParams(), {
      'model.architecture': 'resnet-18',
      'workload.kind': 'training',
    });
    const matrices = weightMatricesOf(resnet);
    expect(matrices.length).toBeGreaterThan(10);
    expect(clippingComplexityRatio(matrices, 'book-keeping')).toBeGreaterThan(1);
  });
});
