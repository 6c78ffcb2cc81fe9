// Operation counts take a catalogue transformer's shape from its architecture (the work description's
// source), not from the workShape group; custom shapes still use the group.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { transformerCountShape, transformerPassOperations } from '../../../src/core/privacy/operationCounts';

describe('transformer operation counts', () => {
  it('reads heads, activation, feed-forward width and vocabulary from a catalogue preset', () => {
    const params = setParams(defaultParams(), {
      'model.architecture': 'llama-2-13b',
      'workShape.activation': 'gelu',
      'workShape.vocabularySizeCount': 7,
    });
    const shape = transformerCountShape(params);
    expect(shape).toEqual({
      attentionHeadCount: 40,
      activation: 'silu',
      feedForwardWidthCount: 13824,
      vocabularySizeCount: 32000,
    });
    const pass = transformerPassOperations(params, 10, 10, 1);
    expect(pass.nonlinear.gelu).toBe(0);
    expect(pass.nonlinear.vocabularyOutput).toBe(32000);
  });

  it('gives an encoder no vocabulary output', () => {
    const params = setParams(defaultParams(), { 'model.architecture': 'bert-base' });
    expect(transformerCountShape(params).vocabularySizeCount).toBe(0);
  });

  it('uses the workShape group for a custom shape', () => {
    const params = setParams(defaultParams(), {
      'model.architecture': 'custom',
      'workShape.activation': 'relu',
      'workShape.vocabularySizeCount': 7,
    });
    const shape = transformerCountShape(params);
    expect(shape.activation).toBe('relu');
    expect(shape.vocabularySizeCount).toBe(7);
  });
});
