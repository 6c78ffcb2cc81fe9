// Replicated inference: the whole model on every node, requests spread over the nodes, no traffic between
// nodes; a decoding step is bound by compute or by streaming the weights from memory, whichever is slower.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { forwardTime } from '../compute';
import { linkRates } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm } from '../terms';
import { inferenceWork } from './tokens';

/** Cost of one decoding step with a whole copy of the model on each node. */
export function replicatedInferenceCost(params: Params): WorkloadCost {
  const nodeCount = params.network.nodeCount;
  const gpus = params.hardware.gpusPerNodeCount;
  const work = inferenceWork(params);
  const decode = forwardTime(params, work.decodeFlop, work.weightBytes, gpus);
  const prefill = forwardTime(params, work.prefillFlop, work.weightBytes, gpus);
  const memory = inferenceMemoryFit(params, 1);
  const bound = decode.memoryS >= decode.computeS ? 'memory-bound' : 'compute-bound';
  return {
    stepLabel: 'decoding step',
    terms: [computeTerm(`decoding step (${bound})`, decode.seconds)],
    tokensPerStep: params.inference.batchSizeCount * nodeCount,
    usefulFlopPerStep: work.decodeFlop * nodeCount,
    activeGpuCount: nodeCount * gpus,
    synchronizedNodeCount: 1,
    trafficBytesPerNodePerStep: 0,
    stepsToFinishCount: params.inference.outputTokenCount,
    // The request reaches the node and the first token comes back: one round trip.
    setupTimeS: prefill.seconds + linkRates(params).roundTripS,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      memoryPerGpuGB: memory.requiredGbPerGpu,
      decodeComputeTimeS: decode.computeS,
      decodeMemoryTimeS: decode.memoryS,
      prefillTimeS: prefill.seconds,
    },
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}
