// Collective operations over n nodes: the bytes each node moves and the time split into a latency part and a
// transfer part, so the breakdown (and the Monte Carlo jitter) can treat them differently.
import type { LinkRates } from './links';

/**
 * Ring all-reduce moves 2(n-1)/n of the payload in and out of every node.
 * Source: Patarasuk and Yuan 2009, "Bandwidth optimal all-reduce algorithms for clusters of workstations".
 */
export const RING_TRAFFIC_FACTOR = 2;
/** Sequential ring steps per node hop: reduce-scatter then all-gather, (n-1) each. Source: as above. */
export const RING_LATENCY_STEPS_PER_HOP = 2;
/** One-way delays of a relayed all-gather: up to the relay, then down from it. Source: DisTrO arithmetic. */
export const RELAY_ONE_WAY_DELAYS = 2;

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

/**
 * Ring all-reduce of `payloadBytes` over `nodeCount` nodes:
 * 2(n-1)/n x S / bandwidth + 2(n-1) x one-way latency. Source: MODEL.md section 3; Patarasuk and Yuan 2009.
 */
export function ringAllReduce(payloadBytes: number, nodeCount: number, link: LinkRates): CollectiveCost {
  if (nodeCount <= 1) return NO_COST;
  const bytes = (RING_TRAFFIC_FACTOR * (nodeCount - 1) * payloadBytes) / nodeCount;
  const latencyS = RING_LATENCY_STEPS_PER_HOP * (nodeCount - 1) * link.oneWayLatencyS;
  return costOf(latencyS, bytes, bytes, link);
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

/** The configured collective for a synchronisation of `payloadBytes` per node. */
export function syncCollective(
  kind: 'ring-all-reduce' | 'all-gather',
  payloadBytes: number,
  nodeCount: number,
  link: LinkRates,
): CollectiveCost {
  return kind === 'all-gather'
    ? relayAllGather(payloadBytes, nodeCount, link)
    : ringAllReduce(payloadBytes, nodeCount, link);
}
