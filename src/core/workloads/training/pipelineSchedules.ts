// Pipeline schedules: how many sequential slots a step of M micro-batches over S stages takes, the idle share
// (bubble), how many micro-batches' activations a stage holds at its peak, and how many stage-to-stage hops
// lie on the step's critical path. GPipe (Huang et al. 2019), 1F1B and interleaved 1F1B (Narayanan et al.
// 2021, "Efficient large-scale language model training on GPU clusters using Megatron-LM"), zero bubble
// (Qi et al. 2023, "Zero bubble pipeline parallelism", schedule ZB-H2).

/** Pipeline schedules the user can pick. */
export const PIPELINE_SCHEDULES = ['gpipe', '1f1b', 'interleaved-1f1b', 'zero-bubble'] as const;
export type PipelineSchedule = (typeof PIPELINE_SCHEDULES)[number];

/** A pipeline: its stages, micro-batches per step and model chunks per stage (interleaving; 1 otherwise). */
export interface PipelineShape {
  stageCount: number;
  microBatchCount: number;
  chunksPerStageCount: number;
}

/** Micro-batches ZB-H2 needs to fill its bubble: 2S - 1 (Qi et al. 2023, table 2). */
export function zeroBubbleMicroBatchCount(stageCount: number): number {
  return 2 * stageCount - 1;
}

/**
 * Idle share of a step: (S - 1) / (M + S - 1) for GPipe and 1F1B (same bubble, Narayanan et al. 2021 section
 * 2.2.1); (S - 1) / (v M + S - 1) for interleaved 1F1B with v chunks per stage (section 2.2.2); zero for ZB-H2
 * once M >= 2S - 1, otherwise 1F1B's bubble (the schedule cannot fill it).
 */
export function pipelineBubbleFraction(schedule: PipelineSchedule, shape: PipelineShape): number {
  const { stageCount: stages, microBatchCount: micro } = shape;
  if (stages <= 1) return 0;
  if (schedule === 'zero-bubble' && micro >= zeroBubbleMicroBatchCount(stages)) return 0;
  const chunks = schedule === 'interleaved-1f1b' ? shape.chunksPerStageCount : 1;
  return (stages - 1) / (chunks * micro + stages - 1);
}

/**
 * Micro-batches whose activations the first stage holds at its peak: all M under GPipe (every forward runs
 * before any backward), min(S, M) under 1F1B, times (1 + (S - 1) / (S v)) when interleaved (Korthikanti et
 * al. 2022, "Reducing activation recomputation in large transformer models", section 4.2.3), and
 * min(2S - 1, M) under ZB-H2 (Qi et al. 2023, table 2).
 */
export function activationsHeldMicroBatchCount(schedule: PipelineSchedule, shape: PipelineShape): number {
  const { stageCount: stages, microBatchCount: micro, chunksPerStageCount: chunks } = shape;
  switch (schedule) {
    case 'gpipe':
      return micro;
    case '1f1b':
      return Math.min(stages, micro);
    case 'interleaved-1f1b':
      return Math.min(stages, micro) * (1 + (stages - 1) / (stages * chunks));
    case 'zero-bubble':
      return Math.min(zeroBubbleMicroBatchCount(stages), micro);
  }
}

/** Stage-to-stage hops on the critical path of one step: forward and back through every boundary. */
export function criticalPathHopCount(schedule: PipelineSchedule, shape: PipelineShape): number {
  const chunks = schedule === 'interleaved-1f1b' ? shape.chunksPerStageCount : 1;
  return 2 * Math.max(0, shape.stageCount * chunks - 1);
}

/** Fewest micro-batches a step uses under each schedule: S (one in flight per stage), 2S - 1 for ZB-H2. */
export function minimumMicroBatchCount(schedule: PipelineSchedule, stageCount: number): number {
  return schedule === 'zero-bubble' ? zeroBubbleMicroBatchCount(stageCount) : stageCount;
}
