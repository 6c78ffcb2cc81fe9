// The model's cross-field rules: a catalogue model keeps its shape, only decoders generate, experts fit.
import { describe, expect, it } from 'vitest';
import { modelErrors } from '../../../src/core/models/constraints';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';

const paths = (errors: { path: string }[]) => errors.map((error) => error.path);

describe('model rules', () => {
  it('accept a preset as applied, and refuse a changed field, naming it', () => {
    const llama = applyPreset(defaultParams(), 'model', 'llama-3-8b');
    expect(modelErrors(llama)).toEqual([]);
    const changed = setParams(llama, { 'model.layerCount': 40 });
    expect(paths(modelErrors(changed))).toEqual(['model.layerCount']);
    expect(modelErrors(changed)[0]?.message).toMatch(/custom/);
  });

  it('let only decoders generate', () => {
    const bert = setParams(applyPreset(defaultParams(), 'model', 'bert-base'), {
      'workload.kind': 'inference',
    });
    expect(paths(modelErrors(bert))).toEqual(['inference.mode']);
    expect(modelErrors(setParams(bert, { 'inference.mode': 'forward' }))).toEqual([]);
    const resnet = setParams(applyPreset(defaultParams(), 'model', 'resnet-50'), {
      'workload.kind': 'inference',
      'inference.mode': 'forward',
    });
    expect(modelErrors(resnet)).toEqual([]);
  });

  it('refuse more active experts than experts', () => {
    const params = setParams(defaultParams(), { 'model.expertCount': 2, 'model.activeExpertCount': 4 });
    expect(paths(modelErrors(params))).toEqual(['model.activeExpertCount']);
  });

  it('refuse a fully given shape far from the parameter count', () => {
    const params = setParams(defaultParams(), {
      'model.layerCount': 42,
      'model.hiddenSize': 4096,
      'model.feedForwardSize': 40000,
    });
    expect(paths(modelErrors(params))).toEqual(['model.parameterCount']);
  });
});
