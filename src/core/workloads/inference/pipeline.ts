// Pipeline inference (Petals-style): consecutive layer blocks on S servers; for every step the client sends
// the hidden state through the chain and gets it back, so a step pays S stage passes and S + 1 hops, each
// with its wire time and the software stack's per-message cost. A mixture-of-experts stage spread over its
// node's GPUs adds its layers' expert all-to-alls inside the node (over the chain: every MoE layer once).
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import type { WorkDescription } from '../../work/types';
import { type ForwardTime, forwardTime } from '../compute';
import { linkRates, pointToPointTransferS } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm, latencyTerm, softwareTerm, transferTerm } from '../terms';
import type { WorkloadStrategy } from '../types';
import { expertAllToAll } from './expertParallel';
import { INFERENCE_METRIC_KEYS, inferenceMetrics } from './inferenceMetrics';
import { hopSoftwareS, softwareStackLabel } from './softwareStacks';
import { inferenceWork } from './tokens';

/** Hops beyond the stage count: client to the first server and the last server back to the client. */
export const CLIENT_EXTRA_HOPS = 1;

/** A stage's time summed over the chain's S stages. */
function overChain(stage: ForwardTime, stages: number): ForwardTime {
  return {
    computeS: stages * stage.computeS,
    memoryS: stages * stage.memoryS,
    seconds: stages * stage.seconds,
  };
}

/** Cost of one step walking a chain of S servers (batch per chain as configured). */
export function pipelineInferenceCost(params: Params, work: WorkDescription): WorkloadCost {
  const stages = params.inference.pipelineStageCount;
  const nodeCount = params.network.nodeCount;
  const chains = Math.max(1, Math.floor(nodeCount / stages));
  const gpus = params.hardware.gpusPerNodeCount;
  const link = linkRates(params);
  const request = inferenceWork(params, work);
  const hops = stages + CLIENT_EXTRA_HOPS;
  const step = overChain(
    forwardTime(params, request.stepFlop / stages, request.stepMemoryBytes / stages, gpus),
    stages,
  );
  const setup = overChain(
    forwardTime(params, request.setupFlop / stages, request.setupMemoryBytes / stages, gpus),
    stages,
  );
  const hopLatencyS = hops * link.oneWayLatencyS;
  const softwareS = hops * hopSoftwareS(params.inference, 'pipeline');
  const hopTransferS = hops * pointToPointTransferS(request.stepBoundaryBytes, link);
  const setupTransferS = hops * pointToPointTransferS(request.setupBoundaryBytes, link);
  const stepExperts = expertAllToAll(params, work, request.stepTokenCount);
  const setupExperts = expertAllToAll(params, work, request.setupTokenCount);
  const memory = inferenceMemoryFit(params, work, 1 / stages);
  const tooFewNodes = nodeCount < stages;
  return {
    stepLabel: request.stepLabel,
    terms: [
      computeTerm(`${stages} stage passes`, step.seconds),
      transferTerm(
        `${stepExperts.allToAllCount} expert all-to-alls inside the stages' nodes`,
        stepExperts.latencyS + stepExperts.transferS,
      ),
      latencyTerm(`${hops} hops (latency)`, hopLatencyS),
      transferTerm(`${hops} hops (activation transfer)`, hopTransferS),
      softwareTerm(`${hops} hops (software: ${softwareStackLabel(params.inference, 'pipeline')})`, softwareS),
    ],
    tokensPerStep: request.stepTokenCount * chains,
    usefulFlopPerStep: request.stepFlop * chains,
    activeGpuCount: chains * stages * gpus,
    // A chain runs its stages one after another, not in lockstep: no wait for the slowest of many.
    synchronizedNodeCount: 1,
    trafficBytesPerNodePerStep: request.stepBoundaryBytes,
    stepsToFinishCount: request.stepCount,
    setupTimeS:
      request.setupFlop > 0
        ? setup.seconds +
          hopLatencyS +
          setupTransferS +
          softwareS +
          setupExperts.latencyS +
          setupExperts.transferS
        : 0,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      memoryPerGpuGB: memory.requiredGibPerGpu,
      ...inferenceMetrics(request, work, step, setup),
      chainCount: chains,
      ...(work.routedExperts ? { expertAllToAllBytesPerGpu: stepExperts.bytesPerGpu } : {}),
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

/** Pipeline inference as a strategy object. */
export const PIPELINE_INFERENCE = {
  id: 'pipeline',
  kind: 'inference',
  description: '(Petals-style) layer blocks on S nodes in a chain',
  source: 'Petals (arXiv 2209.01188)',
  metricKeys: [...INFERENCE_METRIC_KEYS, 'chainCount', 'expertAllToAllBytesPerGpu'],
  rules: [],
  cost: pipelineInferenceCost,
} as const satisfies WorkloadStrategy;
