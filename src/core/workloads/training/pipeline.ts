// Pipeline training (GPipe schedule, SWARM-style placement): the layers are split into S stages on S nodes,
// a step pushes M micro-batches forward and back through them, and replicas of the pipeline all-reduce
// their stage gradients at the end of the step.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { ringAllReduce } from '../collectives';
import { computeTimeS } from '../compute';
import { linkRates, pointToPointTransferS } from '../links';
import { trainingMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { BITS_PER_BYTE } from '../units';
import { innerStep } from './innerStep';

/** Directions an activation crosses a stage boundary per micro-batch: forward, then its gradient back. */
export const PASS_DIRECTIONS = 2;

/** Sequential slots of a GPipe schedule: M + S - 1 (the S - 1 are the bubble). Source: Huang et al. 2019. */
export function gpipeSlotCount(microBatchCount: number, stageCount: number): number {
  return microBatchCount + stageCount - 1;
}

/** Cost of one pipeline-parallel training step. */
export function pipelineTrainingCost(params: Params): WorkloadCost {
  const { pipelineStageCount: stages, microBatchCount, activationCompressionRatio } = params.training;
  const nodeCount = params.network.nodeCount;
  const replicas = Math.max(1, Math.floor(nodeCount / stages));
  const step = innerStep(params);
  const link = linkRates(params);
  const microTokens = step.tokensPerNode / microBatchCount;
  const microComputeS = computeTimeS(
    params,
    (step.flopPerToken * microTokens) / stages,
    params.hardware.gpusPerNodeCount,
  );
  const hasBoundaries = stages > 1;
  const activationBytes =
    (microTokens * params.model.hiddenSize * params.model.activationBytesPerValue) /
    activationCompressionRatio;
  const slotTransferS = hasBoundaries ? PASS_DIRECTIONS * pointToPointTransferS(activationBytes, link) : 0;
  const slotLatencyS = hasBoundaries ? PASS_DIRECTIONS * link.oneWayLatencyS : 0;
  const slots = gpipeSlotCount(microBatchCount, stages);
  const gradientBytes =
    (params.model.parameterCount * params.training.gradientBitsPerValue) / BITS_PER_BYTE / stages;
  const sync = ringAllReduce(gradientBytes, replicas, link);
  const memory = trainingMemoryFit(params, 1 / stages);
  const tooFewNodes = nodeCount < stages;
  const tokensPerStep = replicas * step.tokensPerNode;
  return {
    stepLabel: 'training step',
    terms: [
      computeTerm('forward and backward (micro-batches)', microBatchCount * microComputeS),
      computeTerm('pipeline bubble (idle)', (stages - 1) * microComputeS),
      latencyTerm('stage-to-stage latency', slots * slotLatencyS),
      transferTerm('activation transfer', slots * slotTransferS),
      latencyTerm('stage gradient all-reduce (latency)', sync.latencyS),
      transferTerm('stage gradient all-reduce (transfer)', sync.transferS),
    ],
    tokensPerStep,
    usefulFlopPerStep: step.flopPerToken * tokensPerStep,
    activeGpuCount: replicas * stages * params.hardware.gpusPerNodeCount,
    synchronizedNodeCount: replicas * stages,
    trafficBytesPerNodePerStep:
      (hasBoundaries ? PASS_DIRECTIONS * microBatchCount * activationBytes : 0) + sync.uploadBytesPerNode,
    stepsToFinishCount: params.training.totalTokensCount / tokensPerStep,
    setupTimeS: 0,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      modelFlopPerToken: step.flopPerToken,
      memoryPerGpuGB: memory.requiredGbPerGpu,
      pipelineBubbleFraction: (stages - 1) / slots,
      pipelineReplicaCount: replicas,
      syncTimeS: sync.latencyS + sync.transferS,
    },
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
