// Tensor-parallel inference (distributed-llama-style): every layer is split across n nodes; per layer the
// root broadcasts the hidden state and gathers the slices back twice (attention, then feed-forward); each
// broadcast and gather is a message paying the software stack's per-message cost.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import type { WorkDescription } from '../../work/types';
import { forwardTime } from '../compute';
import { type LinkRates, linkRates } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm, latencyTerm, softwareTerm, transferTerm } from '../terms';
import type { WorkloadStrategy } from '../types';
import { INFERENCE_METRIC_KEYS, inferenceMetrics } from './inferenceMetrics';
import { rootOutputLayerExtra } from './rootOutputLayer';
import { hopSoftwareS, softwareStackLabel } from './softwareStacks';
import { inferenceWork } from './tokens';

/**
 * Synchronisations per layer, each a round trip through the root (send the input, gather the outputs).
 * Source: docs/model/performance.md (about 2L syncs); distributed-llama README traffic formula.
 */
export const SYNCS_PER_LAYER = 2;
/** Hidden-state transfers per sync per worker: root to worker, then worker to root. */
export const TRANSFERS_PER_SYNC = 2;

/** Bytes through the root's link per token per sequence: (n-1) x 4 x L x d x bytes per value. */
export function tensorSyncBytesPerToken(params: Params, work: WorkDescription): number {
  const workers = params.network.nodeCount - 1;
  return (
    workers *
    SYNCS_PER_LAYER *
    TRANSFERS_PER_SYNC *
    work.layerCount *
    work.boundaryWidthCount *
    work.communicationBytesPerValue
  );
}

/** Seconds the root spends sending then receiving `bytes` in total (half each way, one after the other). */
function rootTransferS(bytes: number, link: LinkRates): number {
  return (
    bytes / TRANSFERS_PER_SYNC / link.uploadBytesPerS + bytes / TRANSFERS_PER_SYNC / link.downloadBytesPerS
  );
}

/** Cost of one step (a decoded token, or one forward pass) with every layer split across all nodes. */
export function tensorInferenceCost(params: Params, work: WorkDescription): WorkloadCost {
  const nodeCount = params.network.nodeCount;
  const gpus = params.hardware.gpusPerNodeCount;
  const link = linkRates(params);
  const request = inferenceWork(params, work);
  const step = forwardTime(params, request.stepFlop / nodeCount, request.stepMemoryBytes / nodeCount, gpus);
  const setup = forwardTime(
    params,
    request.setupFlop / nodeCount,
    request.setupMemoryBytes / nodeCount,
    gpus,
  );
  const stepPass = params.inference.mode === 'forward' ? work.passes.batchedForward : work.passes.decodeToken;
  const rootOutput = rootOutputLayerExtra(params, work, stepPass);
  const syncCount = nodeCount > 1 ? SYNCS_PER_LAYER * work.layerCount : 0;
  const latencyS = syncCount * link.roundTripS;
  // Each sync is two messages on the critical path: the root's scatter, then the workers' gather.
  const softwareS = syncCount * TRANSFERS_PER_SYNC * hopSoftwareS(params.inference, 'tensor');
  const bytesPerToken = tensorSyncBytesPerToken(params, work);
  const memory = inferenceMemoryFit(params, work, 1 / nodeCount);
  return {
    stepLabel: request.stepLabel,
    terms: [
      computeTerm(`sliced ${request.stepLabel}`, step.seconds),
      computeTerm('output layer on the root (not sliced)', rootOutput.seconds),
      latencyTerm(`${syncCount} layer syncs (latency)`, latencyS),
      transferTerm('layer syncs (transfer)', rootTransferS(bytesPerToken * request.stepTokenCount, link)),
      softwareTerm(`layer syncs (software: ${softwareStackLabel(params.inference, 'tensor')})`, softwareS),
    ],
    tokensPerStep: request.stepTokenCount,
    usefulFlopPerStep: request.stepFlop,
    activeGpuCount: nodeCount * gpus,
    synchronizedNodeCount: nodeCount,
    trafficBytesPerNodePerStep: (bytesPerToken * request.stepTokenCount) / TRANSFERS_PER_SYNC,
    stepsToFinishCount: request.stepCount,
    setupTimeS:
      request.setupFlop > 0
        ? setup.seconds + latencyS + softwareS + rootTransferS(bytesPerToken * request.setupTokenCount, link)
        : 0,
    qualityComputeMultiplierRatio: 1,
    metrics: {
      memoryPerGpuGB: memory.requiredGibPerGpu,
      ...inferenceMetrics(request, work, step, setup),
      tensorSyncBytesPerToken: bytesPerToken,
      tensorSyncCount: syncCount,
    },
    feasible: memory.feasible,
    ...(memory.infeasibleReason ? { infeasibleReason: memory.infeasibleReason } : {}),
  };
}

/** Tensor-parallel inference as a strategy object. */
export const TENSOR_INFERENCE = {
  id: 'tensor',
  kind: 'inference',
  description: '(distributed-llama-style) every layer split across nodes',
  source: 'distributed-llama (b4rtaz/distributed-llama)',
  metricKeys: [...INFERENCE_METRIC_KEYS, 'tensorSyncBytesPerToken', 'tensorSyncCount'],
  rules: [],
  cost: tensorInferenceCost,
} as const satisfies WorkloadStrategy;
