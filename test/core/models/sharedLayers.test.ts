// ALBERT's weight sharing and factorised embedding: parameters count one set of layer weights and a narrow
// embedding, while the compute still runs every layer.
import { describe, expect, it } from 'vitest';
import { findCataloguePreset } from '../../../src/core/models/catalogue';
import { transformerWeights } from '../../../src/core/models/transformerWeights';
import { isLayerList, type TransformerArchitecture } from '../../../src/core/models/types';

const transformer = (id: string): TransformerArchitecture => {
  const preset = findCataloguePreset(id);
  const architecture = preset?.architecture;
  if (!architecture || isLayerList(architecture)) throw new Error(id);
  return architecture;
};

describe('shared layer weights and factorised embeddings', () => {
  it('ALBERT-large holds about 18M parameters but multiplies through all 24 layers', () => {
    const albert = transformerWeights(transformer('albert-large'));
    const layerMatrices = albert.attentionMatrixPerLayerCount + albert.denseFeedForwardMatrixCount;
    expect(albert.totalCount / 18e6).toBeCloseTo(1, 1);
    expect(albert.activeMatrixCount).toBeGreaterThanOrEqual(24 * layerMatrices);
  });

  it('sharing one set of weights over L layers removes (L - 1) layers of parameters and no compute', () => {
    const bert = transformer('bert-large');
    const unshared = transformerWeights(bert);
    const shared = transformerWeights({ ...bert, layerWeightSetCount: 1 });
    const perLayer =
      unshared.attentionMatrixPerLayerCount +
      unshared.denseFeedForwardMatrixCount +
      unshared.elementWisePerLayerCount;
    expect(unshared.totalCount - shared.totalCount).toBe((bert.layerCount - 1) * perLayer);
    expect(shared.activeMatrixCount).toBe(unshared.activeMatrixCount);
  });
});
