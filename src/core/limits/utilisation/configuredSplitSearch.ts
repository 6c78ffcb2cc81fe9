// The best tensor / pipeline / data split of the configured model on a given number of GPUs, for cases that
// state the cluster but not the split: tensor ways in powers of two inside one node, pipeline stages in powers
// of two up to the layer count (a stage count that does not divide the layers runs at the pace of its
// fullest stage), the rest data parallel; the split must divide the batch into whole
// micro-batches and fit in memory; the highest model FLOP utilisation wins.
import type { Params } from '../../params/table';
import type { CurveSplit } from './split';
import type { CurveStep } from './stepTime';

/** Powers of two from 1 up to `limit`. */
function powersOfTwoUpTo(limit: number): number[] {
  const values: number[] = [];
  for (let value = 1; value <= limit; value *= 2) values.push(value);
  return values;
}

/** The best split of a model of `layerCount` layers on `gpuCount` GPUs, timed by `stepOf` (undefined for splits that do not divide the batch). */
export function bestConfiguredSplit(
  params: Params,
  cluster: { gpuCount: number; layerCount: number },
  stepOf: (params: Params, split: CurveSplit) => CurveStep | undefined,
): { split: CurveSplit; step: CurveStep } | undefined {
  let best: { split: CurveSplit; step: CurveStep } | undefined;
  const { gpuCount, layerCount } = cluster;
  for (const tensor of powersOfTwoUpTo(params.hardware.gpusPerNodeCount)) {
    for (const stages of powersOfTwoUpTo(layerCount)) {
      const replicas = gpuCount / (tensor * stages);
      if (!Number.isInteger(replicas) || replicas < 1) continue;
      const split: CurveSplit = {
        tensorFeedForwardCount: tensor,
        tensorModelCount: 1,
        pipelineStageCount: stages,
        dataParallelCount: replicas,
      };
      const step = stepOf(params, split);
      if (!step?.memoryFits) continue;
      if (!best || step.utilisationFraction > best.step.utilisationFraction) best = { split, step };
    }
  }
  return best;
}
