// Memory feasibility of the configured run: the stated (or searched) tensor x pipeline x data split must hold
// its state and activations in one device's memory, under the configured run's own memory model (memory.ts),
// not the workload strategy's placement on one node. Both sides in GiB (2^30 bytes), as memory is quoted (units.ts).
import type { Params } from '../../params/table';
import { BYTES_PER_GIB } from '../../units';
import { chosenSplit, configuredMemoryPerGpuBytes } from './configuredRun';

/** Whether this row is the configured datacentre run, whose split decides its memory (training rows only). */
export function configuredRunDecidesMemory(params: Params): boolean {
  return params.workload.kind === 'training' && params.limits.configuredRunEnabled;
}

/** Why the configured split does not fit in memory, naming the fields (empty when it fits or is off). */
export function configuredRunMemoryProblems(params: Params): string[] {
  if (!configuredRunDecidesMemory(params)) return [];
  const chosen = chosenSplit(params);
  // An input problem is the parameter table's cross-field error (configuredRunErrors), reported there.
  if ('path' in chosen) return [];
  const requiredGib = configuredMemoryPerGpuBytes(params, chosen) / BYTES_PER_GIB;
  const availableGib = params.hardware.memoryGB;
  if (requiredGib <= availableGib) return [];
  const { split } = chosen;
  return [
    `limits.configuredTensorParallelCount x limits.configuredPipelineStageCount x ` +
      `limits.configuredDataParallelCount (${split.tensorFeedForwardCount} x ${split.pipelineStageCount} x ` +
      `${split.dataParallelCount}) at ZeRO stage ${params.limits.configuredZeroStage} ` +
      `(limits.configuredZeroStage) needs ${requiredGib.toFixed(1)} GiB per GPU but hardware.memoryGB is ` +
      `${availableGib.toFixed(1)} GiB; a split with more tensor or pipeline ways, a higher ZeRO stage or a ` +
      `smaller limits.configuredMicroBatchSequenceCount holds less`,
  ];
}
