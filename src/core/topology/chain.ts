// One pipeline chain through a mixed network: the stage slots each group fills (in proportion to its nodes),
// the layers each slot runs (speed-proportional within memory), the order of the slots (the client's region
// first, then always the nearest region left) and the hops between them, each at its own round trip and rate.

import type { WorkloadCost } from '../engine/types';
import type { Params } from '../params/table';
import type { NodeGroup } from './groups';
import { stageShares } from './pipelinePlacement';
import { regionLabel, regionRttMs } from './regions';

/** What the chain adds up to, for the equivalent network of identical nodes. */
export interface Chain {
  /** Seconds of one pass through every stage (sum of each slot's share times its whole-model time). */
  computeS: number;
  /** The group of the slot that takes longest. */
  slowestGroupIndex: number;
  /** Memory per GPU the equivalent network needs so that its own check passes when the chain fits, GiB (2^30 bytes, as hardware.memoryGB). */
  uniformMemoryGibPerGpu: number;
  /** Equivalent hop round trip (the mean) and rate (the harmonic mean) of the chain's hops. */
  network: { rttMs: number; uploadMbps: number; downloadMbps: number };
  /** The hop with the longest round trip. */
  limitingHop: string;
  infeasibleReason?: string;
}

/** Stage slots per group: largest-remainder shares of the chain length by node count, at most each group's nodes. */
export function slotCounts(groups: readonly NodeGroup[], stageCount: number): number[] {
  const total = groups.reduce((sum, group) => sum + group.nodeCount, 0);
  const exact = groups.map((group) => (stageCount * group.nodeCount) / total);
  const counts = exact.map((value, index) => Math.min(Math.floor(value), groups[index]?.nodeCount ?? 0));
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = stageCount - counts.reduce((sum, count) => sum + count, 0);
  while (left > 0) {
    const before = left;
    for (const { index } of order) {
      if (left === 0) break;
      if ((counts[index] ?? 0) < (groups[index]?.nodeCount ?? 0)) {
        counts[index] = (counts[index] ?? 0) + 1;
        left -= 1;
      }
    }
    if (left === before) break;
  }
  return counts;
}

/** Slot order: the client's region first, then the nearest region not yet visited. */
function orderedSlots(groups: readonly NodeGroup[], counts: readonly number[], intraRttMs: number): number[] {
  const pending = counts.flatMap((count, index) => Array.from({ length: count }, () => index));
  const slots: number[] = [];
  let region = groups[0]?.region;
  while (pending.length > 0 && region !== undefined) {
    const from = region;
    let best = 0;
    pending.forEach((groupIndex, position) => {
      const candidate = groups[groupIndex]?.region ?? from;
      const current = groups[pending[best] ?? 0]?.region ?? from;
      if (regionRttMs(from, candidate, intraRttMs) < regionRttMs(from, current, intraRttMs)) best = position;
    });
    const [next] = pending.splice(best, 1);
    if (next === undefined) break;
    slots.push(next);
    region = groups[next]?.region;
  }
  return slots;
}

/** The chain of a pipeline-inference job over the groups (group 0 hosts the client). */
export function chainOf(
  params: Params,
  groups: readonly NodeGroup[],
  computeS: readonly number[],
  workloads: readonly WorkloadCost[],
): Chain {
  const stageCount = params.inference.pipelineStageCount;
  const memoryPerGpuGB = workloads.map((cost) => cost.metrics.memoryPerGpuGB ?? 0);
  const slots = orderedSlots(groups, slotCounts(groups, stageCount), params.network.rttMs);
  const shares = stageShares(
    slots.map((groupIndex) => {
      const need = (memoryPerGpuGB[groupIndex] ?? 0) * stageCount;
      const memoryGB = groups[groupIndex]?.params.hardware.memoryGB ?? 0;
      return {
        wholeModelS: computeS[groupIndex] ?? 0,
        memoryCapFraction: need > 0 ? memoryGB / need : Number.POSITIVE_INFINITY,
      };
    }),
  );
  const stageSeconds = slots.map(
    (groupIndex, position) => (shares.sharesFraction[position] ?? 0) * (computeS[groupIndex] ?? 0),
  );
  const slowestSlot = stageSeconds.reduce(
    (worst, seconds, index) => (seconds > (stageSeconds[worst] ?? 0) ? index : worst),
    0,
  );
  const slowestGroupIndex = slots[slowestSlot] ?? 0;
  const client = groups[0];
  const stops = [0, ...slots, 0].map((index) => groups[index] ?? client);
  const hops = stops.slice(1).map((to, index) => {
    const from = stops[index] ?? to;
    return {
      from,
      to,
      rttMs: from && to ? regionRttMs(from.region, to.region, params.network.rttMs) : params.network.rttMs,
      rateMbps: Math.min(from?.params.network.uploadMbps ?? 0, to?.params.network.downloadMbps ?? 0),
    };
  });
  const longest = hops.reduce(
    (worst, hop) => (hop.rttMs > worst.rttMs ? hop : worst),
    hops[0] ?? { rttMs: 0 },
  );
  const meanRttMs = hops.reduce((sum, hop) => sum + hop.rttMs, 0) / Math.max(1, hops.length);
  const rateMbps = hops.length / hops.reduce((sum, hop) => sum + 1 / hop.rateMbps, 0);
  return {
    computeS: stageSeconds.reduce((sum, seconds) => sum + seconds, 0),
    slowestGroupIndex,
    uniformMemoryGibPerGpu: memoryPerGpuGB[slowestGroupIndex] ?? 0,
    network: { rttMs: meanRttMs, uploadMbps: rateMbps, downloadMbps: rateMbps },
    limitingHop:
      'from' in longest && longest.from && longest.to
        ? `${regionLabel(longest.from.region)} to ${regionLabel(longest.to.region)} (${longest.rttMs} ms round trip)`
        : 'none',
    ...(shares.feasible
      ? {}
      : {
          infeasibleReason: `The chain's ${stageCount} stages hold only ${Math.round(shares.chainMemoryFraction * 100)}% of the model in memory`,
        }),
  };
}
