// Tensor-parallel inference (distributed-llama-style): every layer is split across n nodes, which synchronise
// inside each layer by the chosen scheme (tensorSyncSchemes.ts: partial sums exchanged by every node, or a star
// through the root that also runs attention alone). Each network delay and critical message on the way is paid,
// the root's link carries one copy per worker, and every node waits at its thread barriers whatever n is.
import type { WorkloadCost } from '../../engine/types';
import type { Params } from '../../params/table';
import type { WorkDescription } from '../../work/types';
import { forwardTime } from '../compute';
import { type LinkRates, linkRates } from '../links';
import { inferenceMemoryFit } from '../memory';
import { computeTerm, latencyTerm, softwareTerm, transferTerm } from '../terms';
import type { WorkloadStrategy } from '../types';
import { INFERENCE_METRIC_KEYS, inferenceMetrics } from './inferenceMetrics';
import { rootAttentionExtra } from './rootAttention';
import { rootOutputLayerExtra } from './rootOutputLayer';
import { hopSoftwareS, softwareStackLabel } from './softwareStacks';
import { rootSyncBytesPerToken, TENSOR_SYNC_SCHEMES, type TensorSyncScheme } from './tensorSyncSchemes';
import { threadBarrierS } from './threadBarriers';
import { inferenceWork } from './tokens';

/** Directions of the root's link (sent and received bytes), for the mean traffic per direction. */
const LINK_DIRECTIONS_COUNT = 2;

/** The configured sync scheme. */
function schemeOf(params: Params): TensorSyncScheme {
  return TENSOR_SYNC_SCHEMES[params.inference.tensorSyncScheme];
}

/** Bytes through the root's link per token per sequence (sent plus received, over all workers and layers). */
export function tensorSyncBytesPerToken(params: Params, work: WorkDescription): number {
  const bytes = rootSyncBytesPerToken(schemeOf(params), work, params.network.nodeCount);
  return bytes.sendBytes + bytes.receiveBytes;
}

/** Seconds the root's link spends on `tokens` tokens of syncs: send and receive overlap only in an exchange. */
function rootTransferS(params: Params, work: WorkDescription, tokens: number, link: LinkRates): number {
  const scheme = schemeOf(params);
  const bytes = rootSyncBytesPerToken(scheme, work, params.network.nodeCount);
  const sendS = (bytes.sendBytes * tokens) / link.uploadBytesPerS;
  const receiveS = (bytes.receiveBytes * tokens) / link.downloadBytesPerS;
  return scheme.duplexOverlap ? Math.max(sendS, receiveS) : sendS + receiveS;
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
  const scheme = schemeOf(params);
  const rootAttention = rootAttentionExtra(params, scheme, stepPass);
  const synced = nodeCount > 1 ? work.layerCount : 0;
  const syncCount = synced * scheme.criticalMessagesPerLayer;
  const latencyS = synced * scheme.oneWayDelaysPerLayer * link.oneWayLatencyS;
  const softwareS = syncCount * hopSoftwareS(params.inference, 'tensor');
  const barrierS = threadBarrierS(params, work.layerCount);
  const bytesPerToken = tensorSyncBytesPerToken(params, work);
  const memory = inferenceMemoryFit(params, work, 1 / nodeCount);
  return {
    stepLabel: request.stepLabel,
    terms: [
      computeTerm(`sliced ${request.stepLabel}`, step.seconds),
      computeTerm('output layer on the root (not sliced)', rootOutput.seconds),
      computeTerm('attention on the root (not sliced)', rootAttention.seconds),
      computeTerm('thread barriers (same at any node count)', barrierS),
      latencyTerm(`${syncCount} layer syncs (latency)`, latencyS),
      transferTerm('layer syncs (transfer)', rootTransferS(params, work, request.stepTokenCount, link)),
      softwareTerm(`layer syncs (software: ${softwareStackLabel(params.inference, 'tensor')})`, softwareS),
    ],
    tokensPerStep: request.stepTokenCount,
    usefulFlopPerStep: request.stepFlop,
    activeGpuCount: nodeCount * gpus,
    synchronizedNodeCount: nodeCount,
    trafficBytesPerNodePerStep: (bytesPerToken * request.stepTokenCount) / LINK_DIRECTIONS_COUNT,
    stepsToFinishCount: request.stepCount,
    setupTimeS:
      request.setupFlop > 0
        ? setup.seconds + latencyS + softwareS + rootTransferS(params, work, request.setupTokenCount, link)
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
