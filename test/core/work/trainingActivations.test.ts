// Training activation bytes per item: a GPT layer reproduces Korthikanti et al. 2022's s h (34 + 5 a s / h)
// bytes at 16 bits, selective recomputation and FlashAttention drop the a s term, full recomputation keeps
// 2 s h per layer, and a layer list keeps every layer's output.
import { describe, expect, it } from 'vitest';
import { architectureOf } from '../../../src/core/models/fromParams';
import type { TransformerArchitecture } from '../../../src/core/models/types';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';
import { describeWork } from '../../../src/core/work/describe';
import { LOGIT_BYTES_PER_VALUE } from '../../../src/core/work/trainingActivations';

const SEQUENCE_TOKENS = 2048;

function gpt3(overrides: Parameters<typeof setParams>[1] = {}): Params {
  return setParams(applyPreset(defaultParams(), 'model', 'gpt-3-175b'), {
    'workload.kind': 'training',
    'model.sequenceLengthTokens': SEQUENCE_TOKENS,
    'precision.activations': 'bf16',
    ...overrides,
  });
}

describe('training activations of a transformer', () => {
  const model = architectureOf(gpt3()) as TransformerArchitecture;
  const { layerCount: L, hiddenSize: h, attentionHeadCount: a } = model;
  const s = SEQUENCE_TOKENS;

  it('GPT-3 175B is the shape the paper counts (multi-head, 4h feed-forward, not gated)', () => {
    expect(model.keyValueHeadCount).toBe(a);
    expect(model.feedForwardSize).toBe(4 * h);
    expect(model.gatedFeedForward).toBe(false);
  });

  it('keeps s h (34 + 5 a s / h) bytes per layer at 16 bits without recomputation or FlashAttention', () => {
    const work = describeWork(
      gpt3({ 'training.activationRecomputation': 'none', 'training.flashAttention': false }),
    );
    expect(work.trainingActivationBytesPerItem).toBe(L * s * h * (34 + (5 * a * s) / h));
  });

  it('keeps 34 s h per layer with selective recomputation or with FlashAttention', () => {
    const selective = describeWork(
      gpt3({ 'training.activationRecomputation': 'selective', 'training.flashAttention': false }),
    );
    const flash = describeWork(
      gpt3({ 'training.activationRecomputation': 'none', 'training.flashAttention': true }),
    );
    expect(selective.trainingActivationBytesPerItem).toBe(L * 34 * s * h);
    expect(flash.trainingActivationBytesPerItem).toBe(L * 34 * s * h);
  });

  it('keeps 2 s h per layer (the layer input) with full recomputation', () => {
    const work = describeWork(gpt3({ 'training.activationRecomputation': 'full' }));
    expect(work.trainingActivationBytesPerItem).toBe(L * 2 * s * h);
  });

  it('keeps the fp32 logits and two hidden vectors per token at the output of a decoder', () => {
    const work = describeWork(gpt3());
    expect(work.trainingOutputActivationBytesPerItem).toBe(
      s * (2 * 2 * h + LOGIT_BYTES_PER_VALUE * model.vocabularySize),
    );
  });

  it('scales with the activation format (fp32 doubles the 16-bit values, masks stay one byte)', () => {
    const none = { 'training.activationRecomputation': 'selective' } as const;
    const bf16 = describeWork(gpt3(none)).trainingActivationBytesPerItem;
    const fp32 = describeWork(
      gpt3({ ...none, 'precision.activations': 'fp32' }),
    ).trainingActivationBytesPerItem;
    // 16 hidden-sized values per token at 2 -> 4 bytes, 2 one-byte masks: 34 -> 66.
    expect(fp32 / bf16).toBeCloseTo(66 / 34, 12);
  });
});

describe('training activations of a layer list', () => {
  it('LeNet-300-100 keeps its three outputs (300 + 100 + 10 values) per sample', () => {
    const params = setParams(applyPreset(defaultParams(), 'model', 'lenet-300-100'), {
      'workload.kind': 'training',
      'precision.activations': 'fp32',
    });
    const work = describeWork(params);
    expect(work.trainingActivationBytesPerItem).toBe((300 + 100 + 10) * 4);
    expect(work.trainingOutputActivationBytesPerItem).toBe(0);
  });

  it('recomputation does not change a layer list', () => {
    const params = applyPreset(defaultParams(), 'model', 'resnet-18');
    const none = describeWork(setParams(params, { 'training.activationRecomputation': 'none' }));
    const full = describeWork(setParams(params, { 'training.activationRecomputation': 'full' }));
    expect(full.trainingActivationBytesPerItem).toBe(none.trainingActivationBytesPerItem);
    expect(none.trainingActivationBytesPerItem).toBeGreaterThan(0);
  });
});
