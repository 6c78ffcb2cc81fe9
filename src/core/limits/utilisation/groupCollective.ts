// Collectives of a parallel group placed over the two network levels (fast in-node links, then the
// scale-out network): which part of a group sits inside a fast-link domain, and the bytes each GPU sends
// over each level and the one-way delays an all-reduce of the group puts on the critical path.

import { log2 } from '../../math/index';
import type { Params } from '../../params/table';

/** A group of GPUs split into the part inside one fast-link domain and the number of domains it spans. */
export interface GroupPlacement {
  insideCount: number;
  outsideCount: number;
}

/** Seconds per step each link level is busy, per GPU. */
export interface LinkBusyS {
  inNodeS: number;
  scaleOutS: number;
}

/** Where the four groups of a split sit: d_ff ways, d_model ways, pipeline stages, data-parallel replicas. */
export interface SplitPlacement {
  feedForward: GroupPlacement;
  model: GroupPlacement;
  stages: GroupPlacement;
  replicas: GroupPlacement;
}

/** Orders in which groups take the fast-link domain: tensor first (Megatron-LM's choice), or any one group first. */
export const PLACEMENT_ORDERS: ReadonlyArray<ReadonlyArray<keyof SplitPlacement>> = [
  ['feedForward', 'model', 'stages', 'replicas'],
  ['model', 'feedForward', 'stages', 'replicas'],
  ['stages', 'feedForward', 'model', 'replicas'],
  ['replicas', 'feedForward', 'model', 'stages'],
];

/**
 * Places the groups in `order`: each takes what is left of the fast-link domain and spans domains with the
 * rest. Which group sits inside matters: a group that spans both levels pays both levels' delays.
 */
export function placeSplit(
  sizes: Record<keyof SplitPlacement, number>,
  nodeGpuCount: number,
  order: ReadonlyArray<keyof SplitPlacement>,
): SplitPlacement {
  let roomCount = nodeGpuCount;
  const placement: SplitPlacement = {
    feedForward: { insideCount: 1, outsideCount: sizes.feedForward },
    model: { insideCount: 1, outsideCount: sizes.model },
    stages: { insideCount: 1, outsideCount: sizes.stages },
    replicas: { insideCount: 1, outsideCount: sizes.replicas },
  };
  for (const group of order) {
    const insideCount = Math.min(sizes[group], Math.max(1, roomCount));
    roomCount /= insideCount;
    placement[group] = { insideCount, outsideCount: sizes[group] / insideCount };
  }
  return placement;
}

/**
 * Seconds per level for a hierarchical all-reduce of `bytes` per GPU: reduce-scatter and all-gather inside
 * the domain (2 (n - 1) / n of the bytes), then across domains on the 1 / n_inside shard.
 */
export function allReduceBusyS(bytes: number, group: GroupPlacement, limits: Params['limits']): LinkBusyS {
  const bytesPerGB = 1e9;
  const inside = group.insideCount;
  const outside = group.outsideCount;
  return {
    inNodeS: (((2 * (inside - 1)) / inside) * bytes) / (limits.nvlinkBandwidthGBps * bytesPerGB),
    scaleOutS:
      outside > 1
        ? (((2 * (outside - 1)) / outside) * (bytes / inside)) / (limits.scaleOutBandwidthGBps * bytesPerGB)
        : 0,
  };
}

/** One-way delays of one all-reduce: 2 per level the group spans (switched), or 2 ceil(log2 n) per level (tree). */
export function allReduceDelayCount(group: GroupPlacement, limits: Params['limits']): number {
  const levelDelays = (count: number): number => {
    if (count <= 1) return 0;
    return limits.allReduceLatency === 'switched' ? 2 : 2 * Math.ceil(log2(count));
  };
  return levelDelays(group.insideCount) + levelDelays(group.outsideCount);
}
