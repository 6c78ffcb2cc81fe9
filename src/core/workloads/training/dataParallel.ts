// Data-parallel training: every node trains on its own tokens and the gradients are all-reduced every step.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { BITS_PER_BYTE, BYTES_PER_GIB, BYTES_PER_MB } from '../../units';
import type { WorkDescription } from '../../work/types';
import { syncCollective } from '../collectives';
import { collectivePlacement } from '../links';
import { trainingMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { activationBytesPerGpu, dataParallelActivationPlacement } from '../trainingActivationMemory';
import type { WorkloadStrategy } from '../types';
import { innerStep } from './innerStep';
import { bucketed, bucketedExposedS } from './overlap';
import { tensorParallelTerms } from './tensorParallel';

/**
 * Cost of one data-parallel step: compute, then the gradient all-reduce. With overlap (the PyTorch DDP
 * default) the gradients go in buckets as the backward pass releases them and only what outlasts it counts;
 * without, the whole all-reduce follows the step. Each bucket pays the collective's latency, so on a long
 * round trip bucketing can cost more than it hides; a practitioner then syncs in one piece (or raises
 * bucket_cap_mb, pytorch/pytorch issue 118421), so the step takes the better of the two.
 */
export function dataParallelCost(params: Params, work: WorkDescription): WorkloadCost {
  const nodeCount = params.network.nodeCount;
  const { overlapGradientSync, gradientBucketMB, syncCollective: kind } = params.training;
  const step = innerStep(params, work);
  const gradientBytes = (work.parameterCount * params.training.gradientBitsPerValue) / BITS_PER_BYTE;
  const whole = syncCollective(kind, gradientBytes, collectivePlacement(params, nodeCount));
  const serial = bucketed(whole, gradientBytes, Number.POSITIVE_INFINITY);
  const overlapped = bucketed(whole, gradientBytes, gradientBucketMB * BYTES_PER_MB);
  const overlapHelps =
    overlapGradientSync &&
    bucketedExposedS(overlapped, step.computeS) < bucketedExposedS(serial, step.computeS);
  const buckets = overlapHelps ? overlapped : serial;
  const exposedS = bucketedExposedS(buckets, step.computeS);
  const share = buckets.syncS > 0 ? exposedS / buckets.syncS : 0;
  const sync = { ...whole, latencyS: buckets.latencyS, transferS: buckets.transferS };
  const activationBytes = activationBytesPerGpu(work, dataParallelActivationPlacement(params, work));
  const memory = trainingMemoryFit(params, work, 1, activationBytes);
  const tokensPerStep = step.tokensPerNode * nodeCount;
  return {
    stepLabel: 'training step',
    terms: [
      computeTerm('forward and backward', step.computeS),
      ...tensorParallelTerms(params, step.tokensPerNode),
      latencyTerm('gradient all-reduce (latency, not hidden)', sync.latencyS * share),
      transferTerm('gradient all-reduce (transfer, not hidden)', sync.transferS * share),
    ],
    tokensPerStep,
    usefulFlopPerStep: step.flopPerToken * tokensPerStep,
    activeGpuCount: nodeCount * params.hardware.gpusPerNodeCount,
    synchronizedNodeCount: nodeCount,
    trafficBytesPerNodePerStep: sync.uploadBytesPerNode,
    stepsToFinishCount: params.training.totalTokensCount / tokensPerStep,
    setupTimeS: 0,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      modelFlopPerToken: step.flopPerToken,
      memoryPerGpuGB: memory.requiredGibPerGpu,
      activationMemoryPerGpuGB: activationBytes / BYTES_PER_GIB,
      syncTimeS: buckets.syncS,
      exposedSyncTimeS: exposedS,
      syncUploadBytesPerNodePerStep: sync.uploadBytesPerNode,
      syncDownloadBytesPerNodePerStep: sync.downloadBytesPerNode,
    },
    ...(memory.infeasibleReason ? { memoryInfeasibleReason: memory.infeasibleReason } : {}),
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}

/** Data-parallel training as a strategy object. */
export const DATA_PARALLEL = {
  id: 'data-parallel',
  kind: 'training',
  description: 'all-reduce gradients every step',
  source:
    'docs/model/performance.md; Patarasuk and Yuan 2009 (ring all-reduce); PyTorch DDP (gradient buckets)',
  metricKeys: [
    'modelFlopPerToken',
    'memoryPerGpuGB',
    'activationMemoryPerGpuGB',
    'syncTimeS',
    'exposedSyncTimeS',
    'syncUploadBytesPerNodePerStep',
    'syncDownloadBytesPerNodePerStep',
  ],
  rules: [],
  cost: dataParallelCost,
} as const satisfies WorkloadStrategy;
