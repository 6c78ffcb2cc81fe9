// What one GPU of a split holds and works on: its rows and columns of each weight matrix, its layers, and the
// tokens of each micro-batch. With `limits.splitGranularity` = whole the model's sizes are whole numbers, a
// shard that does not divide evenly is timed at its fullest GPU (ceil), and a micro-batch is a whole number of
// tokens: the fullest replica's batch split into the schedule's micro-batches.
import type { Params } from '../../params/table';
import type { CurveModelShape } from './modelShape';
import type { CurveSplit } from './split';

/** One GPU's share of a split. */
export interface SplitShares {
  /** Rows (d_ff side) of the GPU's slice of each weight matrix. */
  shardRowsCount: number;
  /** Columns (d_model side) of the GPU's slice of each weight matrix. */
  shardColumnsCount: number;
  layersPerStageCount: number;
  microBatchTokensCount: number;
}

/** Whether the split's counts and shares are whole numbers. */
export function wholeSplits(limits: Params['limits']): boolean {
  return limits.splitGranularity === 'whole';
}

/** `total` shared out `ways` ways: the even share, or the fullest share of whole units. */
function share(total: number, ways: number, whole: boolean): number {
  return whole ? Math.ceil(Math.round(total) / ways) : total / ways;
}

/** One GPU's share of `split` when each replica runs `microBatchCount` micro-batches per step. */
export function splitShares(
  split: CurveSplit,
  model: CurveModelShape,
  microBatchCount: number,
  limits: Params['limits'],
): SplitShares {
  const whole = wholeSplits(limits);
  return {
    shardRowsCount: share(model.feedForwardWidthCount, split.tensorFeedForwardCount, whole),
    shardColumnsCount: share(model.modelWidthCount, split.tensorModelCount, whole),
    layersPerStageCount: share(model.layerCount, split.pipelineStageCount, whole),
    microBatchTokensCount: share(model.batchTokensCount, split.dataParallelCount * microBatchCount, whole),
  };
}
