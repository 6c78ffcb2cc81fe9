// Shared by the configured-run tests: GPT-3 175B on a device, with the configured run on a stated split.
import type { Params } from '../../../../src/core/params/table';
import { defaultParams } from '../../../../src/core/params/table';
import { applyPreset } from '../../../../src/core/presets/index';

/** GPT-3 175B (sequences of 2,048) on `hardware`, tensor `tensorCount` x pipeline 8 x data 16, batch 1,536, 1F1B. */
export function gpt3Configured(
  hardware: string,
  tensorCount: number,
  limits: Partial<Params['limits']>,
): Params {
  const base = applyPreset(applyPreset(defaultParams(), 'model', 'gpt-3-175b'), 'hardware', hardware);
  return {
    ...base,
    model: { ...base.model, sequenceLengthTokens: 2048 },
    limits: {
      ...base.limits,
      configuredRunEnabled: true,
      configuredTensorParallelCount: tensorCount,
      configuredPipelineStageCount: 8,
      configuredDataParallelCount: 16,
      configuredBatchSequenceCount: 1536,
      configuredMicroBatchSequenceCount: 1,
      pipelineSchedule: '1f1b',
      ...limits,
    },
  };
}
