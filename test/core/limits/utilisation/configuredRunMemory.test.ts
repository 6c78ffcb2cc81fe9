// The configured run's memory decides a configured-run row's feasibility (not the workload's one-node rule),
// and sharding more state over the data-parallel replicas never raises memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../../src/core/engine/evaluate';
import { configuredModelShape } from '../../../../src/core/limits/utilisation/configuredRun';
import { configuredRunMemoryProblems } from '../../../../src/core/limits/utilisation/configuredRunMemory';
import { memoryPerGpuBytes } from '../../../../src/core/limits/utilisation/memory';
import { gpt3Configured } from './configuredParams';

const fitting = gpt3Configured('H100_SXM', 8, {});
// Tensor 1 x pipeline 1: each GPU holds all 175B weights and gradients in bf16 (700 GB), far over 80 GB.
const tooBig = gpt3Configured('H100_SXM', 1, { configuredPipelineStageCount: 1 });

describe('configured-run memory feasibility', () => {
  it('a fitting split is feasible although the workload rule (state over one node) is not', () => {
    const result = evaluateAnalytic(fitting);
    expect(result.context.workload.memoryInfeasibleReason).toBeDefined();
    expect(result.result.infeasibleReasons).toEqual([]);
    expect(result.result.feasible).toBe(true);
    expect(result.result.metrics.configuredRunMemoryPerGpuGB).toBeLessThanOrEqual(fitting.hardware.memoryGB);
  });

  it('the same row on a split that does not fit is infeasible, naming the fields', () => {
    const result = evaluateAnalytic(tooBig).result;
    expect(result.feasible).toBe(false);
    expect(result.metrics.configuredRunMemoryPerGpuGB).toBeGreaterThan(tooBig.hardware.memoryGB);
    const reason = result.infeasibleReasons.join(' ');
    expect(reason).toContain('limits.configuredTensorParallelCount');
    expect(reason).toContain('limits.configuredZeroStage');
    expect(reason).toContain('hardware.memoryGB');
  });

  it('with the configured run off, the workload rule decides as before', () => {
    const off = { ...tooBig, limits: { ...tooBig.limits, configuredRunEnabled: false } };
    expect(configuredRunMemoryProblems(off)).toEqual([]);
    const { result, context } = evaluateAnalytic(off);
    expect(result.infeasibleReasons).toEqual([context.workload.infeasibleReason]);
  });

  it('ZeRO stage 3 fits a split that stage 1 does not (all state sharded over 64 replicas, layers recomputed)', () => {
    const wide = {
      configuredPipelineStageCount: 1,
      configuredDataParallelCount: 64,
      configuredRecomputation: true,
    };
    const stage1 = gpt3Configured('H100_SXM', 1, wide);
    const stage3 = gpt3Configured('H100_SXM', 1, { ...wide, configuredZeroStage: 3 });
    expect(configuredRunMemoryProblems(stage1)).toHaveLength(1);
    expect(configuredRunMemoryProblems(stage3)).toEqual([]);
  });
});

describe('memory per GPU', () => {
  const model = configuredModelShape(fitting);
  const ways = fc.constantFrom(1, 2, 4, 8);
  it('a higher ZeRO stage or recomputation never raises it', () => {
    fc.assert(
      fc.property(
        ways,
        ways,
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (tensor, stages, data, stage, microSequences, recompute) => {
          const split = {
            tensorFeedForwardCount: tensor,
            tensorModelCount: 1,
            pipelineStageCount: stages,
            dataParallelCount: data,
          };
          const tokens = microSequences * fitting.model.sequenceLengthTokens;
          const at = (zeroStage: number, again: boolean) =>
            memoryPerGpuBytes(
              split,
              model,
              tokens,
              { ...fitting.limits, configuredZeroStage: zeroStage },
              again,
            );
          expect(at(stage + 1, recompute)).toBeLessThanOrEqual(at(stage, recompute) * (1 + 1e-12));
          expect(at(stage, true)).toBeLessThanOrEqual(at(stage, false) * (1 + 1e-12));
        },
      ),
    );
  });
});
