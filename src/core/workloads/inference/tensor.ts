// Tensor-parallel inference (distributed-llama-style): every layer is split across n nodes; per layer the
// root broadcasts the hidden state and gathers the slices back twice (attention, then feed-forward).
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import { forwardTime } from '../compute';
import { type LinkRates, linkRates } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm, latencyTerm, transferTerm } from '../terms';
import { inferenceWork } from './tokens';

/**
 * Synchronisations per layer, each a round trip through the root (send the input, gather the outputs).
 * Source: docs/model/performance.md (about 2L syncs); distributed-llama README traffic formula.
 */
export const SYNCS_PER_LAYER = 2;
/** Hidden-state transfers per sync per worker: root to worker, then worker to root. */
export const TRANSFERS_PER_SYNC = 2;

/** Bytes through the root's link per token per sequence: (n-1) x 4 x L x d x bytes per value. */
export function tensorSyncBytesPerToken(params: Params): number {
  const { layerCount, hiddenSize, activationBytesPerValue } = params.model;
  const workers = params.network.nodeCount - 1;
  return workers * SYNCS_PER_LAYER * TRANSFERS_PER_SYNC * layerCount * hiddenSize * activationBytesPerValue;
}

/** Seconds the root spends sending then receiving `bytes` in total (half each way, one after the other). */
function rootTransferS(bytes: number, link: LinkRates): number {
  return (
    bytes / TRANSFERS_PER_SYNC / link.uploadBytesPerS + bytes / TRANSFERS_PER_SYNC / link.downloadBytesPerS
  );
}

/** Cost of one decoding step with every layer split across all nodes. */
export function tensorInferenceCost(params: Params): WorkloadCost {
  const nodeCount = params.network.nodeCount;
  const gpus = params.hardware.gpusPerNodeCount;
  const link = linkRates(params);
  const work = inferenceWork(params);
  const decode = forwardTime(params, work.decodeFlop / nodeCount, work.weightBytes / nodeCount, gpus);
  const prefill = forwardTime(params, work.prefillFlop / nodeCount, work.weightBytes / nodeCount, gpus);
  const syncCount = nodeCount > 1 ? SYNCS_PER_LAYER * params.model.layerCount : 0;
  const latencyS = syncCount * link.roundTripS;
  const bytesPerToken = tensorSyncBytesPerToken(params);
  const batch = params.inference.batchSizeCount;
  const memory = inferenceMemoryFit(params, 1 / nodeCount);
  return {
    stepLabel: 'decoding step',
    terms: [
      computeTerm('sliced forward pass', decode.seconds),
      latencyTerm(`${syncCount} layer syncs (latency)`, latencyS),
      transferTerm('layer syncs (transfer)', rootTransferS(bytesPerToken * batch, link)),
    ],
    tokensPerStep: batch,
    usefulFlopPerStep: work.decodeFlop,
    activeGpuCount: nodeCount * gpus,
    synchronizedNodeCount: nodeCount,
    trafficBytesPerNodePerStep: (bytesPerToken * batch) / TRANSFERS_PER_SYNC,
    stepsToFinishCount: params.inference.outputTokenCount,
    setupTimeS:
      prefill.seconds +
      latencyS +
      rootTransferS(bytesPerToken * params.inference.promptTokenCount * batch, link),
    qualityComputeMultiplierRatio: 1,
    metrics: {
      memoryPerGpuGB: memory.requiredGbPerGpu,
      decodeComputeTimeS: decode.computeS,
      decodeMemoryTimeS: decode.memoryS,
      prefillTimeS: prefill.seconds,
      tensorSyncBytesPerToken: bytesPerToken,
      tensorSyncCount: syncCount,
    },
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}
