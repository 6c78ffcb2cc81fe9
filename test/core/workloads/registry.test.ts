// The strategy registry: one object per strategy, the table's options derive from it, and each strategy
// reports only the metrics it declares; inference reports prefill and decoding apart, or one forward pass.
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../src/core/engine/evaluate';
import { INFERENCE_PARAMS } from '../../../src/core/params/groups/inference';
import { TRAINING_PARAMS } from '../../../src/core/params/groups/training';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';
import { INFERENCE_PLACEMENTS, TRAINING_STRATEGIES } from '../../../src/core/workloads/registry';

describe('workload registry', () => {
  it('derives the strategy and placement options from the strategy objects', () => {
    expect(TRAINING_PARAMS.strategy.options).toEqual(TRAINING_STRATEGIES.map((strategy) => strategy.id));
    expect(INFERENCE_PARAMS.placement.options).toEqual(INFERENCE_PLACEMENTS.map((strategy) => strategy.id));
  });

  it.each(
    [...TRAINING_STRATEGIES, ...INFERENCE_PLACEMENTS].map(
      (strategy) => [strategy.kind, strategy.id, strategy] as const,
    ),
  )('%s %s reports only the metrics it declares', (kind, id, strategy) => {
    const params = setParams(defaultParams(), {
      'workload.kind': kind,
      [kind === 'training' ? 'training.strategy' : 'inference.placement']: id,
      'network.nodeCount': 8,
    });
    const reported = Object.keys(effectContext(params).workload.metrics);
    expect(reported.filter((name) => !(strategy.metricKeys as readonly string[]).includes(name))).toEqual([]);
  });
});

describe('inference passes', () => {
  const llama = setParams(applyPreset(defaultParams(), 'model', 'llama-3-8b'), {
    'workload.kind': 'inference',
  });

  it('reports prefill and decoding separately when generating', () => {
    const { workload } = effectContext(llama);
    expect(workload.stepLabel).toBe('decoding step');
    expect(workload.metrics.prefillTimeS).toBeGreaterThan(0);
    expect(workload.metrics.decodeStepTimeS).toBeGreaterThan(0);
    expect(workload.stepsToFinishCount).toBe(llama.inference.outputTokenCount);
  });

  it('runs one forward pass with nothing generated for an encoder, a CNN and an MLP', () => {
    for (const id of ['bert-base', 'resnet-50', 'lenet-300-100']) {
      const params = setParams(applyPreset(defaultParams(), 'model', id), {
        'workload.kind': 'inference',
        'inference.mode': 'forward',
      });
      const { workload } = effectContext(params);
      expect(workload.stepLabel).toBe('forward pass');
      expect(workload.stepsToFinishCount).toBe(1);
      expect(workload.metrics.forwardPassTimeS).toBeGreaterThan(0);
      expect(workload.metrics.prefillTimeS).toBeUndefined();
    }
  });

  it('processes every token of every sequence in a batched forward pass', () => {
    const batched = setParams(llama, {
      'inference.mode': 'forward',
      'inference.batchSizeCount': 16,
      'network.nodeCount': 1,
    });
    const { workload, work } = effectContext(batched);
    expect(workload.tokensPerStep).toBe(16 * batched.inference.promptTokenCount);
    expect(workload.usefulFlopPerStep).toBe(work.passes.batchedForward?.totalFlop);
  });
});
