// Low-communication training (DiLoCo family): H local inner steps on every node, then one outer sync of the
// pseudo-gradients, quantised and optionally compressed further. The sync may start during the last
// backward pass; with overlap (Streaming DiLoCo) it runs as P fragments during the round and only what
// arrives later than tau inner steps costs time.
import type { StepTerm, WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { BITS_PER_BYTE, BYTES_PER_GIB, BYTES_PER_MB } from '../../units';
import type { WorkDescription } from '../../work/types';
import { type CollectiveCost, syncCollective } from '../collectives';
import { collectivePlacement } from '../links';
import { trainingMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { activationBytesPerGpu, dataParallelActivationPlacement } from '../trainingActivationMemory';
import type { WorkloadStrategy } from '../types';
import { innerStep } from './innerStep';
import { bucketed, bucketedExposedS, streamingExposedS } from './overlap';
import { qualityComputeMultiplier } from './qualityPenalty';
import { tensorParallelTerms } from './tensorParallel';

/**
 * Seconds of the outer sync (with each bucket's latency) and the part compute does not hide. The sync, or
 * each Streaming DiLoCo fragment, is sent whole after the step that completes it, or in buckets during that
 * step's backward pass when `overlapOuterSyncWithBackward` is on.
 */
function outerSyncExposure(params: Params, payloadBytes: number, innerStepS: number) {
  const training = params.training;
  const placement = collectivePlacement(params, params.network.nodeCount);
  const bucketBytes = training.overlapOuterSyncWithBackward
    ? training.gradientBucketMB * BYTES_PER_MB
    : Number.POSITIVE_INFINITY;
  const fragments = training.overlapSync
    ? Math.min(training.streamingFragmentCount, training.innerStepCount)
    : 1;
  const fragmentBytes = payloadBytes / fragments;
  const collective = syncCollective(training.syncCollective, fragmentBytes, placement);
  const fragment = bucketed(collective, fragmentBytes, bucketBytes);
  const exposedS = training.overlapSync
    ? streamingExposedS(
        fragment,
        fragments,
        innerStepS,
        training.innerStepCount,
        training.overlapInnerStepCount,
      )
    : bucketedExposedS(fragment, innerStepS);
  return { syncS: fragments * fragment.syncS, exposedS };
}

/** Splits the exposed part of a sync into latency and transfer terms in the sync's own proportions. */
function syncTerms(sync: CollectiveCost, exposedS: number): StepTerm[] {
  const syncS = sync.latencyS + sync.transferS;
  const share = syncS > 0 ? exposedS / syncS : 0;
  return [
    latencyTerm('outer sync (latency)', sync.latencyS * share),
    transferTerm('outer sync (transfer)', sync.transferS * share),
  ];
}

/**
 * Communication reduction versus data-parallel training that syncs gradients every step:
 * H x (gradient bits / sync bits) x extra compression (INTELLECT-1: 100 x 32/8 x 1 = 400).
 * Source: docs/model/performance.md; INTELLECT-1 technical report (arXiv 2412.01152); DiLoCo (500 inner steps, 500x).
 */
export function communicationReductionVsDdp(params: Params): number {
  const { innerStepCount, gradientBitsPerValue, syncBitsPerValue, extraCompressionRatio } = params.training;
  return innerStepCount * (gradientBitsPerValue / syncBitsPerValue) * extraCompressionRatio;
}

/** Cost of one outer round of low-communication training. */
export function lowCommunicationCost(params: Params, work: WorkDescription): WorkloadCost {
  const { innerStepCount, syncBitsPerValue, extraCompressionRatio } = params.training;
  const nodeCount = params.network.nodeCount;
  const step = innerStep(params, work);
  const computeS = innerStepCount * step.computeS;
  const payloadBytes = (work.parameterCount * syncBitsPerValue) / BITS_PER_BYTE / extraCompressionRatio;
  const sync = syncCollective(
    params.training.syncCollective,
    payloadBytes,
    collectivePlacement(params, nodeCount),
  );
  const { syncS, exposedS } = outerSyncExposure(params, payloadBytes, step.computeS);
  const activationBytes = activationBytesPerGpu(work, dataParallelActivationPlacement(params, work));
  const memory = trainingMemoryFit(params, work, 1, activationBytes);
  const tokensPerStep = innerStepCount * step.tokensPerNode * nodeCount;
  const quality = qualityComputeMultiplier(nodeCount, innerStepCount);
  return {
    stepLabel: 'outer round',
    terms: [
      computeTerm(`${innerStepCount} inner steps`, computeS),
      ...tensorParallelTerms(params, step.tokensPerNode, innerStepCount),
      ...syncTerms(sync, exposedS),
    ],
    tokensPerStep,
    usefulFlopPerStep: step.flopPerToken * tokensPerStep,
    activeGpuCount: nodeCount * params.hardware.gpusPerNodeCount,
    synchronizedNodeCount: nodeCount,
    innerStepsPerSyncCount: innerStepCount,
    trafficBytesPerNodePerStep: sync.uploadBytesPerNode,
    stepsToFinishCount: params.training.totalTokensCount / tokensPerStep,
    setupTimeS: 0,
    qualityComputeMultiplierRatio: quality,
    metrics: {
      modelFlopPerToken: step.flopPerToken,
      memoryPerGpuGB: memory.requiredGibPerGpu,
      activationMemoryPerGpuGB: activationBytes / BYTES_PER_GIB,
      innerStepTimeS: step.computeS,
      syncTimeS: syncS,
      exposedSyncTimeS: exposedS,
      syncUploadTimeS: sync.uploadTimeS,
      syncDownloadTimeS: sync.downloadTimeS,
      syncUploadBytesPerNodePerStep: sync.uploadBytesPerNode,
      syncDownloadBytesPerNodePerStep: sync.downloadBytesPerNode,
      communicationReductionVsDdpRatio: communicationReductionVsDdp(params),
    },
    ...(memory.infeasibleReason ? { memoryInfeasibleReason: memory.infeasibleReason } : {}),
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}

/** Low-communication training as a strategy object. */
export const LOW_COMMUNICATION = {
  id: 'low-communication',
  kind: 'training',
  description: '(DiLoCo family) H local steps then an outer sync',
  source: 'DiLoCo (arXiv 2311.08105); INTELLECT-1 technical report (arXiv 2412.01152)',
  metricKeys: [
    'modelFlopPerToken',
    'memoryPerGpuGB',
    'activationMemoryPerGpuGB',
    'innerStepTimeS',
    'syncTimeS',
    'exposedSyncTimeS',
    'syncUploadTimeS',
    'syncDownloadTimeS',
    'syncUploadBytesPerNodePerStep',
    'syncDownloadBytesPerNodePerStep',
    'communicationReductionVsDdpRatio',
  ],
  rules: [],
  cost: lowCommunicationCost,
} as const satisfies WorkloadStrategy;
