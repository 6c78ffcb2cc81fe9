// Pipeline training (SWARM-style placement): the layers are split into S stages on S nodes, a step pushes M
// micro-batches forward and back through them in the chosen schedule (GPipe, 1F1B, interleaved, zero bubble), and replicas of the pipeline keep each stage
// in step by an all-reduce every step or a low-communication outer sync (pipelineReplicaSync.ts).
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { BYTES_PER_GIB } from '../../units';
import type { WorkDescription } from '../../work/types';
import { computeTimeS } from '../compute';
import { linkRates, pointToPointTransferS } from '../links';
import { trainingMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { activationBytesPerGpu, pipelineActivationPlacement } from '../trainingActivationMemory';
import type { WorkloadStrategy } from '../types';
import { innerStep } from './innerStep';
import { pipelineReplicaSync } from './pipelineReplicaSync';
import { criticalPathHopCount, pipelineBubbleFraction } from './pipelineSchedules';

/** Directions an activation crosses a stage boundary per micro-batch: forward, then its gradient back. */
export const PASS_DIRECTIONS = 2;

/** Sequential slots of a GPipe schedule: M + S - 1 (the S - 1 are the bubble). Source: Huang et al. 2019. */
export function gpipeSlotCount(microBatchCount: number, stageCount: number): number {
  return microBatchCount + stageCount - 1;
}

/**
 * Stage-to-stage transfers one stage makes in sequence per step: one per micro-batch and per chunk it holds,
 * plus the hops of the first micro-batch through the pipeline (S - 1 as in GPipe; S v - 1 interleaved).
 */
function boundarySlotCount(params: Params): number {
  const { pipelineSchedule: schedule, microBatchCount, pipelineStageCount } = params.training;
  const chunks = schedule === 'interleaved-1f1b' ? params.training.pipelineChunksPerStageCount : 1;
  const shape = { stageCount: pipelineStageCount, microBatchCount, chunksPerStageCount: chunks };
  return chunks * microBatchCount + criticalPathHopCount(schedule, shape) / PASS_DIRECTIONS;
}

/** Cost of one pipeline-parallel training step. */
export function pipelineTrainingCost(params: Params, work: WorkDescription): WorkloadCost {
  const { pipelineStageCount: stages, microBatchCount, activationCompressionRatio } = params.training;
  const nodeCount = params.network.nodeCount;
  const replicas = Math.max(1, Math.floor(nodeCount / stages));
  const step = innerStep(params, work);
  const link = linkRates(params);
  const microTokens = step.tokensPerNode / microBatchCount;
  const microComputeS = computeTimeS(
    params,
    (step.flopPerToken * microTokens) / stages,
    params.hardware.gpusPerNodeCount,
  );
  const hasBoundaries = stages > 1;
  const activationBytes =
    (microTokens * work.boundaryWidthCount * work.communicationBytesPerValue) / activationCompressionRatio;
  const slotTransferS = hasBoundaries ? PASS_DIRECTIONS * pointToPointTransferS(activationBytes, link) : 0;
  const slotLatencyS = hasBoundaries ? PASS_DIRECTIONS * link.oneWayLatencyS : 0;
  const schedule = params.training.pipelineSchedule;
  const shape = {
    stageCount: stages,
    microBatchCount,
    chunksPerStageCount: schedule === 'interleaved-1f1b' ? params.training.pipelineChunksPerStageCount : 1,
  };
  const bubble = pipelineBubbleFraction(schedule, shape);
  const slots = boundarySlotCount(params);
  const heldActivationBytes = activationBytesPerGpu(work, pipelineActivationPlacement(params, work, shape));
  const sync = pipelineReplicaSync(params, work, replicas, link);
  const memory = trainingMemoryFit(params, work, 1 / stages, heldActivationBytes);
  const tooFewNodes = nodeCount < stages;
  const tokensPerStep = replicas * step.tokensPerNode;
  return {
    stepLabel: 'training step',
    terms: [
      computeTerm('forward and backward (micro-batches)', microBatchCount * microComputeS),
      computeTerm('pipeline bubble (idle)', (bubble / (1 - bubble)) * microBatchCount * microComputeS),
      latencyTerm('stage-to-stage latency', slots * slotLatencyS),
      transferTerm('activation transfer', slots * slotTransferS),
      latencyTerm(`${sync.label} (latency)`, sync.latencyS),
      transferTerm(`${sync.label} (transfer)`, sync.transferS),
    ],
    tokensPerStep,
    usefulFlopPerStep: step.flopPerToken * tokensPerStep,
    activeGpuCount: replicas * stages * params.hardware.gpusPerNodeCount,
    synchronizedNodeCount: replicas * stages,
    trafficBytesPerNodePerStep:
      (hasBoundaries ? PASS_DIRECTIONS * microBatchCount * activationBytes : 0) +
      sync.uploadBytesPerNodePerStep,
    stepsToFinishCount: params.training.totalTokensCount / tokensPerStep,
    setupTimeS: 0,
    qualityComputeMultiplierRatio: sync.qualityComputeMultiplierRatio,
    metrics: {
      modelFlopPerToken: step.flopPerToken,
      memoryPerGpuGB: memory.requiredGibPerGpu,
      pipelineBubbleFraction: bubble,
      activationMemoryPerGpuGB: heldActivationBytes / BYTES_PER_GIB,
      pipelineReplicaCount: replicas,
      syncTimeS: sync.latencyS + sync.transferS,
    },
    ...(memory.infeasibleReason ? { memoryInfeasibleReason: memory.infeasibleReason } : {}),
    feasible: memory.feasible && !tooFewNodes,
    ...(tooFewNodes
      ? {
          infeasibleReason: `A pipeline of ${stages} stages needs at least ${stages} nodes (have ${nodeCount})`,
        }
      : memory.infeasibleReason
        ? { infeasibleReason: memory.infeasibleReason }
        : {}),
  };
}

/** Pipeline training as a strategy object. */
export const PIPELINE_TRAINING = {
  id: 'pipeline',
  kind: 'training',
  description: '(SWARM-style) layers split into stages over nodes',
  source: 'GPipe (Huang et al. 2019); SWARM parallelism (arXiv 2301.11913)',
  metricKeys: [
    'modelFlopPerToken',
    'memoryPerGpuGB',
    'pipelineBubbleFraction',
    'activationMemoryPerGpuGB',
    'pipelineReplicaCount',
    'syncTimeS',
  ],
  rules: [],
  cost: pipelineTrainingCost,
} as const satisfies WorkloadStrategy;
