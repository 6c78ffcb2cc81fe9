// How replicas of a training pipeline keep their copies of each stage in step: every step (a ring all-reduce of
// the stage's gradients, as GPipe-style data parallelism does) or, SWARM-style, with low-communication data
// parallelism: each replica runs H inner steps on its own, then the replicas of a stage average its parameters
// (compressed to the sync bits) once per outer round. Source: Ryabinin et al. 2023, SWARM parallelism
// (arXiv 2301.11913), which combines pipeline stages with infrequent averaging across the peers of a stage;
// Douillard et al. 2023, DiLoCo (arXiv 2311.08105), for the outer round of H inner steps.
import type { Params } from '../../params/table';
import { BITS_PER_BYTE } from '../../units';
import type { WorkDescription } from '../../work/types';
import { type CollectiveCost, ringAllReduce } from '../collectives';
import type { LinkRates } from '../links';
import { qualityComputeMultiplier } from './qualityPenalty';

/** `training.pipelineReplicaSync` options. */
export const PIPELINE_REPLICA_SYNC_MODES = ['every-step', 'low-communication'] as const;

/** The replicas' sync, per training step (an outer round's cost spread over its H steps). */
export interface ReplicaSync {
  label: string;
  latencyS: number;
  transferS: number;
  /** Bytes each node uploads per step, averaged over the round. */
  uploadBytesPerNodePerStep: number;
  /** Bytes of the stage's payload one outer round moves per node (0 when syncing every step). */
  roundPayloadBytes: number;
  /** Extra compute to reach the same quality (1 when syncing every step). */
  qualityComputeMultiplierRatio: number;
}

const perStep = (cost: CollectiveCost, stepsPerSync: number) => ({
  latencyS: cost.latencyS / stepsPerSync,
  transferS: cost.transferS / stepsPerSync,
  uploadBytesPerNodePerStep: cost.uploadBytesPerNode / stepsPerSync,
});

/** The sync of one stage across the pipeline's replicas, per step. */
export function pipelineReplicaSync(
  params: Params,
  work: WorkDescription,
  replicaCount: number,
  link: LinkRates,
): ReplicaSync {
  const { pipelineStageCount: stages, pipelineReplicaSync: mode } = params.training;
  if (mode === 'every-step') {
    const gradientBytes =
      (work.parameterCount * params.training.gradientBitsPerValue) / BITS_PER_BYTE / stages;
    return {
      label: 'stage gradient all-reduce',
      ...perStep(ringAllReduce(gradientBytes, replicaCount, link), 1),
      roundPayloadBytes: 0,
      qualityComputeMultiplierRatio: 1,
    };
  }
  const { innerStepCount, syncBitsPerValue, extraCompressionRatio } = params.training;
  const payloadBytes =
    (work.parameterCount * syncBitsPerValue) / BITS_PER_BYTE / extraCompressionRatio / stages;
  return {
    label: `stage outer sync every ${innerStepCount} steps`,
    ...perStep(ringAllReduce(payloadBytes, replicaCount, link), innerStepCount),
    roundPayloadBytes: payloadBytes,
    qualityComputeMultiplierRatio: qualityComputeMultiplier(replicaCount, innerStepCount),
  };
}
