// Data-parallel training: every node trains on its own tokens and the gradients are all-reduced every step.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { ringAllReduce } from '../collectives';
import { linkRates } from '../links';
import { trainingMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { BITS_PER_BYTE } from '../units';
import { innerStep } from './innerStep';

/** Cost of one data-parallel step: compute, then a ring all-reduce of the gradients (no overlap). */
export function dataParallelCost(params: Params): WorkloadCost {
  const nodeCount = params.network.nodeCount;
  const step = innerStep(params);
  const gradientBytes = (params.model.parameterCount * params.training.gradientBitsPerValue) / BITS_PER_BYTE;
  const sync = ringAllReduce(gradientBytes, nodeCount, linkRates(params));
  const memory = trainingMemoryFit(params, 1);
  const tokensPerStep = step.tokensPerNode * nodeCount;
  return {
    stepLabel: 'training step',
    terms: [
      computeTerm('forward and backward', step.computeS),
      latencyTerm('gradient all-reduce (latency)', sync.latencyS),
      transferTerm('gradient all-reduce (transfer)', sync.transferS),
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
      memoryPerGpuGB: memory.requiredGbPerGpu,
      syncTimeS: sync.latencyS + sync.transferS,
      syncUploadBytesPerNodePerStep: sync.uploadBytesPerNode,
      syncDownloadBytesPerNodePerStep: sync.downloadBytesPerNode,
    },
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}
