// Collective operations over n nodes: the bytes each node moves and the time split into a latency part and a
// transfer part, so the breakdown (and the Monte Carlo jitter) can treat them differently. One function per
// algorithm; `chooseAllReduce` picks the faster of ring and tree as NCCL's tuner does by size and scale.
import type { LinkRates } from './links';

/**
 * Ring all-reduce moves 2(n-1)/n of the payload in and out of every node.
 * Source: Patarasuk and Yuan 2009, "Bandwidth optimal all-reduce algorithms for clusters of workstations".
 */
export const RING_TRAFFIC_FACTOR = 2;
/** Sequential ring steps per node hop: reduce-scatter then all-gather, (n-1) each. Source: as above. */
export const RING_LATENCY_STEPS_PER_HOP = 2;
/**
 * Rounds of a recursive halving (reduce-scatter) then doubling (all-gather) all-reduce per doubling of n:
 * 2 log2(n) one-way delays, with the ring's 2(n-1)/n bytes. Source: Thakur, Rabenseifner and Gropp 2005,
 * "Optimization of collective communication operations in MPICH" (Rabenseifner's algorithm); NCCL's double
 * binary tree has the same logarithmic latency (Sanders, Speck and Traeff 2009).
 */
export const TREE_LATENCY_STEPS_PER_DOUBLING = 2;
/** One-way delays of a relayed all-gather: up to the relay, then down from it. Source: DisTrO arithmetic. */
export const RELAY_ONE_WAY_DELAYS = 2;
/** One-way delays of a parameter-server round: push to the server, pull back. Source: Li et al. 2014 (OSDI). */
export const PARAMETER_SERVER_ONE_WAY_DELAYS = 2;

/** The all-reduce algorithms a user can pick; `auto` takes the faster of ring and tree. */
export const COLLECTIVE_KINDS = [
  'auto',
  'ring-all-reduce',
  'tree-all-reduce',
  'hierarchical-all-reduce',
  'all-gather',
  'parameter-server',
] as const;
/** One collective algorithm. */
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];

/** The cost of one collective for one node. */
export interface CollectiveCost {
  /** Seconds spent waiting on round trips (scales with the round-trip time). */
  latencyS: number;
  /** Seconds spent moving bytes (the slower of upload and download, both run concurrently). */
  transferS: number;
  uploadBytesPerNode: number;
  downloadBytesPerNode: number;
  /** Seconds the upload alone takes at the node's upload rate. */
  uploadTimeS: number;
  /** Seconds the download alone takes at the node's download rate. */
  downloadTimeS: number;
}

const NO_COST: CollectiveCost = {
  latencyS: 0,
  transferS: 0,
  uploadBytesPerNode: 0,
  downloadBytesPerNode: 0,
  uploadTimeS: 0,
  downloadTimeS: 0,
};

function costOf(latencyS: number, upload: number, download: number, link: LinkRates): CollectiveCost {
  const uploadTimeS = upload / link.uploadBytesPerS;
  const downloadTimeS = download / link.downloadBytesPerS;
  return {
    latencyS,
    transferS: Math.max(uploadTimeS, downloadTimeS),
    uploadBytesPerNode: upload,
    downloadBytesPerNode: download,
    uploadTimeS,
    downloadTimeS,
  };
}

/** Seconds of a collective, latency plus transfer. */
export const collectiveSeconds = (cost: CollectiveCost): number => cost.latencyS + cost.transferS;

/** Rounds of recursive doubling that reach n nodes: the smallest k with 2^k >= n (exact, no floating log). */
export function ceilLog2(nodeCount: number): number {
  let rounds = 0;
  for (let reach = 1; reach < nodeCount; reach *= 2) rounds += 1;
  return rounds;
}

const ringBytes = (payloadBytes: number, nodeCount: number) =>
  (RING_TRAFFIC_FACTOR * (nodeCount - 1) * payloadBytes) / nodeCount;

/**
 * Ring all-reduce of `payloadBytes` over `nodeCount` nodes:
 * 2(n-1)/n x S / bandwidth + 2(n-1) x one-way latency. Source: Patarasuk and Yuan 2009 (bandwidth-optimal all-reduce); docs/model/performance.md.
 */
export function ringAllReduce(payloadBytes: number, nodeCount: number, link: LinkRates): CollectiveCost {
  if (nodeCount <= 1) return NO_COST;
  const bytes = ringBytes(payloadBytes, nodeCount);
  const latencyS = RING_LATENCY_STEPS_PER_HOP * (nodeCount - 1) * link.oneWayLatencyS;
  return costOf(latencyS, bytes, bytes, link);
}

/**
 * Tree (recursive halving-doubling) all-reduce: the ring's 2(n-1)/n x S of traffic in 2 ceil(log2 n) one-way
 * delays. Source: Thakur, Rabenseifner and Gropp 2005.
 */
export function treeAllReduce(payloadBytes: number, nodeCount: number, link: LinkRates): CollectiveCost {
  if (nodeCount <= 1) return NO_COST;
  const bytes = ringBytes(payloadBytes, nodeCount);
  const latencyS = TREE_LATENCY_STEPS_PER_DOUBLING * ceilLog2(nodeCount) * link.oneWayLatencyS;
  return costOf(latencyS, bytes, bytes, link);
}

/**
 * Hierarchical all-reduce over `groupCount` groups (sites) of `nodeCount / groupCount` nodes: reduce-scatter
 * inside each group on `innerLink`, a tree all-reduce of each node's 1/g shard across groups on `link`, then
 * all-gather inside. Only the shard crosses the slow links. Source: Jia et al. 2018 ("Highly scalable deep
 * learning training system with mixed-precision", hierarchical all-reduce); NCCL's intra/inter-node split.
 */
export function hierarchicalAllReduce(
  payloadBytes: number,
  nodeCount: number,
  groupCount: number,
  link: LinkRates,
  innerLink: LinkRates,
): CollectiveCost {
  const groups = Math.max(1, Math.min(groupCount, nodeCount));
  const perGroup = nodeCount / groups;
  if (perGroup <= 1) return treeAllReduce(payloadBytes, nodeCount, link);
  const inner = ringAllReduce(payloadBytes, perGroup, innerLink);
  const outer = treeAllReduce(payloadBytes / perGroup, groups, link);
  return {
    latencyS: inner.latencyS + outer.latencyS,
    transferS: inner.transferS + outer.transferS,
    uploadBytesPerNode: outer.uploadBytesPerNode,
    downloadBytesPerNode: outer.downloadBytesPerNode,
    uploadTimeS: outer.uploadTimeS,
    downloadTimeS: outer.downloadTimeS,
  };
}

/**
 * All-gather through a relay: every node uploads its `payloadBytes` once and downloads the n-1 others.
 * Needed when updates cannot be summed in compressed form (top-k or DCT-compressed, as in DisTrO).
 * Source: DisTrO preliminary report (Nous Research 2024): upload 2.24 s and download 6.94 s per step.
 */
export function relayAllGather(payloadBytes: number, nodeCount: number, link: LinkRates): CollectiveCost {
  if (nodeCount <= 1) return NO_COST;
  const latencyS = RELAY_ONE_WAY_DELAYS * link.oneWayLatencyS;
  return costOf(latencyS, payloadBytes, (nodeCount - 1) * payloadBytes, link);
}

/**
 * One parameter server with the same link as the workers: each worker pushes S and pulls S, and the server
 * receives and sends n x S, which bounds the round. Source: Li et al. 2014, "Scaling distributed machine
 * learning with the parameter server" (OSDI); the server's link as the bottleneck is their motivation for
 * sharding servers.
 */
export function parameterServer(payloadBytes: number, nodeCount: number, link: LinkRates): CollectiveCost {
  if (nodeCount <= 1) return NO_COST;
  const latencyS = PARAMETER_SERVER_ONE_WAY_DELAYS * link.oneWayLatencyS;
  const server = costOf(latencyS, nodeCount * payloadBytes, nodeCount * payloadBytes, link);
  const worker = costOf(latencyS, payloadBytes, payloadBytes, link);
  return { ...worker, transferS: Math.max(worker.transferS, server.transferS) };
}

/**
 * The faster of ring and tree for this payload and scale: rings win on large payloads over few nodes, trees
 * when latency dominates. Source: NCCL picks its algorithm per call from a latency/bandwidth model of size,
 * node count and link speeds (NVIDIA/nccl issue 754, answer by the NCCL maintainer S. Jeaugey).
 */
export function chooseAllReduce(payloadBytes: number, nodeCount: number, link: LinkRates): CollectiveCost {
  const ring = ringAllReduce(payloadBytes, nodeCount, link);
  const tree = treeAllReduce(payloadBytes, nodeCount, link);
  return collectiveSeconds(tree) < collectiveSeconds(ring) ? tree : ring;
}

/** Where a collective runs: the nodes' link, and for hierarchical the groups and the link inside a group. */
export interface CollectivePlacement {
  nodeCount: number;
  link: LinkRates;
  groupCount: number;
  innerLink: LinkRates;
}

/** The configured collective for a synchronisation of `payloadBytes` per node. */
export function syncCollective(
  kind: CollectiveKind,
  payloadBytes: number,
  placement: CollectivePlacement,
): CollectiveCost {
  const { nodeCount, link } = placement;
  switch (kind) {
    case 'ring-all-reduce':
      return ringAllReduce(payloadBytes, nodeCount, link);
    case 'tree-all-reduce':
      return treeAllReduce(payloadBytes, nodeCount, link);
    case 'hierarchical-all-reduce':
      return hierarchicalAllReduce(payloadBytes, nodeCount, placement.groupCount, link, placement.innerLink);
    case 'all-gather':
      return relayAllGather(payloadBytes, nodeCount, link);
    case 'parameter-server':
      return parameterServer(payloadBytes, nodeCount, link);
    default:
      return chooseAllReduce(payloadBytes, nodeCount, link);
  }
}
