// How tensor-parallel inference over a network synchronises the nodes inside one layer: which vectors cross the
// network, how many network delays and messages sit on the critical path, and what the root reads alone. Each
// scheme is counted from the code of a stack that runs it (distributed-llama, b4rtaz/distributed-llama):
// - all-gather: every node multiplies its slice of each weight matrix, then sends its partial output (a
//   hidden-size vector) to every other node and adds up the n partials itself, twice per layer (after the
//   attention output projection and after the feed-forward down projection). distributed-llama from 0.12
//   (src/llm.cpp at commit aec85b9: two SYNC_NODE_SLICES per layer; src/nn/nn-network.cpp syncNodeSlices: each
//   node writes its slice to every socket, then reads every other node's). Megatron-LM's two all-reduces per
//   layer move the same vectors (Shoeybi et al. 2019, section 3).
// - root-gather: the root broadcasts the normalised layer input, gathers the workers' Q, K and V slices, runs
//   attention for every head alone, broadcasts the attention output, gathers the output-projection slices,
//   broadcasts the feed-forward input, gathers the hidden slices of the gate/up projection, sends each worker the
//   hidden slices it lacks, and gathers the down-projection slices: four round trips through the root per layer.
//   distributed-llama 0.1 to 0.3 (src/transformer-tasks.cpp at tag v0.1.0, src/llama2-tasks.cpp at v0.3.1:
//   syncUnitBuffer x3, syncSliceOfSlicedBuffer for q, k, v, att, hb and ffn2, syncMissingSlicesOfSlicedBuffer
//   for hb). Root-to-worker traffic is a star: the root's link carries one copy per worker (its threads serve
//   the sockets side by side, so the copies share the link rather than queueing as separate messages).
import type { WorkDescription } from '../../work/types';

/** Widths (values per token) of the vectors a layer's syncs carry. */
export interface LayerWidths {
  /** Hidden size d. */
  hiddenCount: number;
  /** Key (= value) width: key/value heads x head size. */
  keyValueCount: number;
  /** Feed-forward hidden width (the active experts' for a mixture of experts). */
  feedForwardCount: number;
}

/** One synchronisation scheme of a tensor-parallel layer. */
export interface TensorSyncScheme {
  id: TensorSyncSchemeId;
  label: string;
  source: string;
  /** One-way network delays on the critical path of one layer. */
  oneWayDelaysPerLayer: number;
  /** Messages on the critical path of one layer, each paying the stack's per-message software cost. */
  criticalMessagesPerLayer: number;
  /** Values the root sends to each worker per layer per token, with n nodes. */
  rootSendValuesPerWorker: (widths: LayerWidths, nodeCount: number) => number;
  /** Values the root receives from each worker per layer per token, with n nodes. */
  rootReceiveValuesPerWorker: (widths: LayerWidths, nodeCount: number) => number;
  /** Whether sending and receiving overlap (every node exchanges at once) or follow each other (a star). */
  duplexOverlap: boolean;
  /** Whether the root runs attention for every head alone (reads the whole KV cache), not 1/n of it. */
  rootRunsAttention: boolean;
}

export const TENSOR_SYNC_SCHEME_IDS = ['all-gather', 'root-gather'] as const;
export type TensorSyncSchemeId = (typeof TENSOR_SYNC_SCHEME_IDS)[number];

/** Syncs per layer of the all-gather scheme: after attention and after the feed-forward block. */
export const ALL_GATHER_SYNCS_PER_LAYER = 2;
/** Round trips through the root per layer of the root-gather scheme (attention in, attention out, FFN in, FFN hidden). */
export const ROOT_GATHER_ROUND_TRIPS_PER_LAYER = 4;
/** One-way delays (and messages) per round trip: a send, then a reply. */
const MESSAGES_PER_ROUND_TRIP = 2;
/** Broadcasts of a hidden-size vector per layer in root-gather: attention input, attention output, FFN input. */
const ROOT_GATHER_HIDDEN_BROADCASTS = 3;
/** Hidden-size slices gathered per layer in root-gather: Q, attention output projection, FFN down projection. */
const ROOT_GATHER_HIDDEN_GATHERS = 3;
/** Key-value-width slices gathered per layer in root-gather: K and V. */
const ROOT_GATHER_KEY_VALUE_GATHERS = 2;

export const TENSOR_SYNC_SCHEMES: Record<TensorSyncSchemeId, TensorSyncScheme> = {
  'all-gather': {
    id: 'all-gather',
    label: 'every node exchanges its partial sums with every other, twice per layer',
    source: 'distributed-llama >= 0.12: src/llm.cpp (commit aec85b9), two SYNC_NODE_SLICES per layer',
    oneWayDelaysPerLayer: ALL_GATHER_SYNCS_PER_LAYER,
    criticalMessagesPerLayer: ALL_GATHER_SYNCS_PER_LAYER,
    rootSendValuesPerWorker: (w) => ALL_GATHER_SYNCS_PER_LAYER * w.hiddenCount,
    rootReceiveValuesPerWorker: (w) => ALL_GATHER_SYNCS_PER_LAYER * w.hiddenCount,
    duplexOverlap: true,
    rootRunsAttention: false,
  },
  'root-gather': {
    id: 'root-gather',
    label: 'the root gathers slices, runs attention alone and redistributes the FFN hidden state',
    source: 'distributed-llama 0.1-0.3: src/transformer-tasks.cpp (v0.1.0), src/llama2-tasks.cpp (v0.3.1)',
    oneWayDelaysPerLayer: ROOT_GATHER_ROUND_TRIPS_PER_LAYER * MESSAGES_PER_ROUND_TRIP,
    criticalMessagesPerLayer: ROOT_GATHER_ROUND_TRIPS_PER_LAYER * MESSAGES_PER_ROUND_TRIP,
    rootSendValuesPerWorker: (w, n) =>
      ROOT_GATHER_HIDDEN_BROADCASTS * w.hiddenCount + (w.feedForwardCount * (n - 1)) / n,
    rootReceiveValuesPerWorker: (w, n) =>
      (ROOT_GATHER_HIDDEN_GATHERS * w.hiddenCount +
        ROOT_GATHER_KEY_VALUE_GATHERS * w.keyValueCount +
        w.feedForwardCount) /
      n,
    duplexOverlap: false,
    rootRunsAttention: true,
  },
};

/** Widths of a transformer's sync vectors, from the work description (zero widths for other families). */
export function layerWidthsOf(work: WorkDescription): LayerWidths {
  const pass = work.passes.decodeToken ?? work.passes.forward;
  const tokens = pass?.tokenCount ?? 0;
  const feedForward = pass?.layers.find((l) => l.kind === 'feedForward' || l.kind === 'expertFeedForward');
  const counts = feedForward?.nonLinearElementCounts;
  const activated = counts ? counts.silu + counts.gelu + counts.relu : 0;
  const keyValue =
    work.layerCount > 0 && work.activationBytesPerValue > 0
      ? work.kvCacheBytesPerToken / work.activationBytesPerValue / work.layerCount / MESSAGES_PER_ROUND_TRIP
      : 0;
  return {
    hiddenCount: work.boundaryWidthCount,
    keyValueCount: keyValue,
    feedForwardCount: tokens > 0 ? activated / tokens : 0,
  };
}

/** Bytes the root sends and receives per token (one sequence), over all workers and layers. */
export function rootSyncBytesPerToken(
  scheme: TensorSyncScheme,
  work: WorkDescription,
  nodeCount: number,
): { sendBytes: number; receiveBytes: number } {
  if (nodeCount <= 1) return { sendBytes: 0, receiveBytes: 0 };
  const widths = layerWidthsOf(work);
  const perValue = (nodeCount - 1) * work.layerCount * work.communicationBytesPerValue;
  return {
    sendBytes: scheme.rootSendValuesPerWorker(widths, nodeCount) * perValue,
    receiveBytes: scheme.rootReceiveValuesPerWorker(widths, nodeCount) * perValue,
  };
}

/** Messages through the root per token: each critical message goes to (or comes from) every worker. */
export function rootMessagesPerToken(
  scheme: TensorSyncScheme,
  layerCount: number,
  nodeCount: number,
): number {
  return scheme.criticalMessagesPerLayer * layerCount * Math.max(0, nodeCount - 1);
}
