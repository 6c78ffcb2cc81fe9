// A split of the cluster into tensor (over d_ff and over d_model), pipeline and data parallelism, and the
// pipeline its schedule runs.
import type { Params } from '../../params/table';
import { minimumMicroBatchCount, type PipelineShape } from '../../workloads/training/pipelineSchedules';
import type { CurveModelShape } from './modelShape';

/** A split of the cluster: GPUs = tensor (d_ff ways x d_model ways) x pipeline stages x data-parallel replicas. */
export interface CurveSplit {
  tensorFeedForwardCount: number;
  tensorModelCount: number;
  pipelineStageCount: number;
  dataParallelCount: number;
}

/** GPUs of a split. */
export function splitGpuCount(split: CurveSplit): number {
  return (
    split.tensorFeedForwardCount * split.tensorModelCount * split.pipelineStageCount * split.dataParallelCount
  );
}

/** The pipeline shape the schedule uses for a split: its fewest micro-batches, one layer per chunk. */
export function splitPipeline(
  split: CurveSplit,
  model: CurveModelShape,
  limits: Params['limits'],
): PipelineShape {
  const stages = split.pipelineStageCount;
  return {
    stageCount: stages,
    microBatchCount: minimumMicroBatchCount(limits.pipelineSchedule, stages),
    chunksPerStageCount: Math.max(1, model.layerCount / stages),
  };
}
