// Pipeline inference (Petals-style): consecutive layer blocks on S servers; for every token the client sends
// the hidden state through the chain and gets it back, so a step pays S stage passes and S + 1 hops.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { forwardTime } from '../compute';
import { linkRates, pointToPointTransferS } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { inferenceWork } from './tokens';

/** Hops beyond the stage count: client to the first server and the last server back to the client. */
export const CLIENT_EXTRA_HOPS = 1;

/** Cost of one decoding step walking a chain of S servers (batch per chain as configured). */
export function pipelineInferenceCost(params: Params): WorkloadCost {
  const stages = params.inference.pipelineStageCount;
  const nodeCount = params.network.nodeCount;
  const chains = Math.max(1, Math.floor(nodeCount / stages));
  const gpus = params.hardware.gpusPerNodeCount;
  const link = linkRates(params);
  const work = inferenceWork(params);
  const hops = stages + CLIENT_EXTRA_HOPS;
  const stage = forwardTime(params, work.decodeFlop / stages, work.weightBytes / stages, gpus);
  const prefillStage = forwardTime(params, work.prefillFlop / stages, work.weightBytes / stages, gpus);
  const hopLatencyS = hops * link.oneWayLatencyS;
  const hopTransferS = hops * pointToPointTransferS(work.hiddenStateBytes, link);
  const prefillTransferS = hops * pointToPointTransferS(work.hiddenStateBytes * work.promptTokens, link);
  const memory = inferenceMemoryFit(params, 1 / stages);
  const tooFewNodes = nodeCount < stages;
  return {
    stepLabel: 'decoding step',
    terms: [
      computeTerm(`${stages} stage passes`, stages * stage.seconds),
      latencyTerm(`${hops} hops (latency)`, hopLatencyS),
      transferTerm(`${hops} hops (activation transfer)`, hopTransferS),
    ],
    tokensPerStep: params.inference.batchSizeCount * chains,
    usefulFlopPerStep: work.decodeFlop * chains,
    activeGpuCount: chains * stages * gpus,
    // A chain runs its stages one after another, not in lockstep: no wait for the slowest of many.
    synchronizedNodeCount: 1,
    trafficBytesPerNodePerStep: work.hiddenStateBytes,
    stepsToFinishCount: params.inference.outputTokenCount,
    setupTimeS: stages * prefillStage.seconds + hopLatencyS + prefillTransferS,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      memoryPerGpuGB: memory.requiredGbPerGpu,
      decodeComputeTimeS: stages * stage.computeS,
      decodeMemoryTimeS: stages * stage.memoryS,
      prefillTimeS: stages * prefillStage.seconds,
      chainCount: chains,
    },
    feasible: memory.feasible && !tooFewNodes,
    ...(tooFewNodes
      ? {
          infeasibleReason: `A chain of ${stages} servers needs at least ${stages} nodes (have ${nodeCount})`,
        }
      : memory.infeasibleReason
        ? { infeasibleReason: memory.infeasibleReason }
        : {}),
  };
}
