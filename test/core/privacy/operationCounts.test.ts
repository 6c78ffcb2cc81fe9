// Operation counts take a catalogue transformer's shape from its architecture (the work description's
// source), not from the workShape group; custom shapes still use the group. A catalogue CNN or MLP is read
// from the work description's layers unless its counts are typed in.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { isPerInputWork, layerListPassOperations } from '../../../src/core/privacy/layerListOperations';
import { transformerCountShape, transformerPassOperations } from '../../../src/core/privacy/operationCounts';
import { secureWork, unitOperations } from '../../../src/core/privacy/securePass';
import { describeWork } from '../../../src/core/work/describe';

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

  it("counts each layer's linear outputs once: six hidden-wide outputs plus the feed-forward width", () => {
    // 2 layers, hidden 8, feed-forward 4 x 8 = 32, 3 tokens: 3 x 2 x (6 x 8 + 32) = 480 values leave the
    // linear layers (the feed-forward term must not carry the layer count a second time: 672 would).
    const shape = (layerCount: number) =>
      setParams(defaultParams(), {
        'model.architecture': 'custom',
        'model.layerCount': layerCount,
        'model.hiddenSize': 8,
        'workShape.feedForwardExpansionRatio': 4,
      });
    expect(transformerCountShape(shape(2)).feedForwardWidthCount).toBe(32);
    expect(transformerPassOperations(shape(2), 3, 3, 0).linearOutputElementCount).toBe(480);
    const perLayer = transformerPassOperations(shape(1), 3, 3, 0).linearOutputElementCount;
    expect(transformerPassOperations(shape(4), 3, 3, 0).linearOutputElementCount).toBe(4 * perLayer);
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

describe('CNN and MLP operation counts', () => {
  const resnet = (extra: Record<string, string | number>) =>
    setParams(defaultParams(), {
      'model.architecture': 'resnet-18',
      'workload.kind': 'inference',
      'inference.batchSizeCount': 2,
      ...extra,
    });

  it('reads a catalogue CNN from the work description, one forward pass per input', () => {
    const params = resnet({});
    expect(isPerInputWork(params)).toBe(true);
    const forward = describeWork(params).passes.forward;
    const pass = layerListPassOperations(params, 2);
    expect(pass.matmulFlop).toBe(2 * (forward?.matmulFlop ?? Number.NaN));
    expect(pass.nonlinear.relu).toBe(2 * (forward?.nonLinearElementCounts.relu ?? Number.NaN));
    expect(pass.nonlinear.softmax).toBe(2 * 1000);
    const unit = unitOperations(secureWork(params));
    expect(unit.matmulFlop).toBe(pass.matmulFlop);
  });

  it('keeps typed-in counts when workShape.architecture is custom', () => {
    const params = resnet({ 'workShape.architecture': 'custom', 'workShape.reluElementsPerInputCount': 5 });
    expect(unitOperations(secureWork(params)).nonlinear.relu).toBe(10);
  });
});
