// Replicated inference: the whole model on every node, requests spread over the nodes, no traffic between
// nodes; a step is bound by compute or by streaming the weights (and KV cache) from memory, whichever is slower.
// A mixture-of-experts model spread over a node's GPUs adds its expert all-to-alls inside the node.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import type { WorkDescription } from '../../work/types';
import { forwardTime } from '../compute';
import { linkRates } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm, transferTerm } from '../terms';
import type { WorkloadStrategy } from '../types';
import { expertAllToAll } from './expertParallel';
import { INFERENCE_METRIC_KEYS, inferenceMetrics } from './inferenceMetrics';
import { inferenceWork } from './tokens';

/** Cost of one step (a decoded token, or one forward pass) with a whole copy of the model on each node. */
export function replicatedInferenceCost(params: Params, work: WorkDescription): WorkloadCost {
  const nodeCount = params.network.nodeCount;
  const gpus = params.hardware.gpusPerNodeCount;
  const request = inferenceWork(params, work);
  const step = forwardTime(params, request.stepFlop, request.stepMemoryBytes, gpus);
  const setup = forwardTime(params, request.setupFlop, request.setupMemoryBytes, gpus);
  const memory = inferenceMemoryFit(params, work, 1);
  const bound = step.memoryS >= step.computeS ? 'memory-bound' : 'compute-bound';
  const stepExperts = expertAllToAll(params, work, request.stepTokenCount);
  const setupExperts = expertAllToAll(params, work, request.setupTokenCount);
  return {
    stepLabel: request.stepLabel,
    terms: [
      computeTerm(`${request.stepLabel} (${bound})`, step.seconds),
      transferTerm(
        `${stepExperts.allToAllCount} expert all-to-alls inside the node`,
        stepExperts.latencyS + stepExperts.transferS,
      ),
    ],
    tokensPerStep: request.stepTokenCount * nodeCount,
    usefulFlopPerStep: request.stepFlop * nodeCount,
    activeGpuCount: nodeCount * gpus,
    synchronizedNodeCount: 1,
    trafficBytesPerNodePerStep: 0,
    stepsToFinishCount: request.stepCount,
    // The request reaches the node and the first token comes back: one round trip.
    setupTimeS: setup.seconds + setupExperts.latencyS + setupExperts.transferS + linkRates(params).roundTripS,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      memoryPerGpuGB: memory.requiredGibPerGpu,
      ...inferenceMetrics(request, work, step, setup),
      ...(work.routedExperts ? { expertAllToAllBytesPerGpu: stepExperts.bytesPerGpu } : {}),
    },
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}

/** Replicated inference as a strategy object. */
export const REPLICATED_INFERENCE = {
  id: 'replicated',
  kind: 'inference',
  description: 'whole model on each node',
  source: 'docs/model/performance.md',
  metricKeys: [...INFERENCE_METRIC_KEYS, 'expertAllToAllBytesPerGpu'],
  rules: [],
  cost: replicatedInferenceCost,
} as const satisfies WorkloadStrategy;
