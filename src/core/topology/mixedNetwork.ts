// A network of several node groups priced by the model of identical nodes: each group's work is computed on
// its own device by the same workload code, then the groups meet as the job's synchrony dictates, and the
// result is a network of identical nodes that takes the same time per step (the "equivalent network"):
// - lockstep (data-parallel and DiLoCo-style rounds with wait-for-all, tensor parallelism): every step waits
//   for the slowest group; a ring waits for the slowest access link and its longest region-to-region hop;
// - independent nodes (replicated inference) or work in proportion to speed: the groups' speeds add up;
// - a pipeline chain: layers placed in proportion to speed within each device's memory (pipelinePlacement.ts),
//   each hop paying the round trip of the two regions it joins.
// Identical groups in one region merge first, so splitting a group changes nothing.

import type { WorkloadCost } from '../engine/types';
import type { Params } from '../params/table';
import { chainOf } from './chain';
import { groupWorkload, hasFurtherGroups, type NodeGroup, nodeGroups, type WorkloadOf } from './groups';
import { mergeIdenticalGroups } from './merge';
import { FURTHER_GROUP_NAMES } from './params';
import { bottleneckRingRttMs } from './ringOrder';

/** The equivalent network of identical nodes and what limits the mixed one. */
export interface MixedNetwork {
  /** Parameters of a network of identical nodes with the same step time (no further groups). */
  params: Params;
  groups: readonly NodeGroup[];
  /** The group that sets the pace, for the breakdown. */
  limitingGroup: string;
  /** The link or region pair that sets the communication, for the breakdown. */
  limitingLink: string;
  feasible: boolean;
  infeasibleReason?: string;
}

/** How the groups of a job meet. */
type Synchrony = 'lockstep' | 'proportional' | 'chain';

function synchronyOf(params: Params): Synchrony {
  if (params.workload.kind === 'inference') {
    if (params.inference.placement === 'pipeline') return 'chain';
    return params.inference.placement === 'replicated' ? 'proportional' : 'lockstep';
  }
  return String(params.heterogeneity.stragglerPolicy).includes('proportional') ? 'proportional' : 'lockstep';
}

/** Compute seconds of one step of a workload (its compute terms). */
function computeSecondsOf(cost: WorkloadCost): number {
  return cost.terms
    .filter((term) => term.category === 'compute')
    .reduce((sum, term) => sum + term.seconds, 0);
}

/** The common value when every entry agrees (so that merging equal groups is exact), else the weighted mean. */
function weightedMean(values: readonly { value: number; weight: number }[]): number {
  const first = values[0]?.value ?? 0;
  if (values.every((entry) => entry.value === first)) return first;
  const weight = values.reduce((sum, entry) => sum + entry.weight, 0);
  return values.reduce((sum, entry) => sum + entry.value * entry.weight, 0) / weight;
}

/** Scales every peak and the memory bandwidth of a device by `speedRatio` (both bounds of a pass scale alike). */
function scaledHardware(hardware: Params['hardware'], speedRatio: number): Params['hardware'] {
  if (speedRatio === 1) return hardware;
  const scaled: Record<string, unknown> = { ...hardware };
  for (const [key, value] of Object.entries(hardware)) {
    if (typeof value === 'number' && (key.startsWith('peak') || key === 'memoryBandwidthTBps')) {
      scaled[key] = value * speedRatio;
    }
  }
  return scaled as Params['hardware'];
}

/** The further groups removed: what is left is a network of identical nodes. */
function withoutFurtherGroups(params: Params): Params {
  const cleared: Record<string, unknown> = { ...params };
  for (const name of FURTHER_GROUP_NAMES) cleared[name] = { ...params[name], nodeCount: 0 };
  return cleared as Params;
}

/** The equivalent network, or undefined when the network has one group (nothing to resolve). */
export function resolveMixedNetwork(params: Params, workloadOf: WorkloadOf): MixedNetwork | undefined {
  if (!hasFurtherGroups(params)) return undefined;
  const groups = mergeIdenticalGroups(nodeGroups(params));
  const totalNodeCount = groups.reduce((sum, group) => sum + group.nodeCount, 0);
  const base = groups[0];
  if (!base) return undefined;
  if (groups.length === 1) {
    const merged = withoutFurtherGroups(params);
    return {
      params: { ...merged, network: { ...merged.network, nodeCount: totalNodeCount } },
      groups,
      limitingGroup: base.label,
      limitingLink: base.label,
      feasible: true,
    };
  }
  const synchrony = synchronyOf(params);
  // Each group's workload once: its compute time, its memory verdict and (for a chain) its memory per GPU.
  const workloads = groups.map((group) => groupWorkload(group, totalNodeCount, workloadOf));
  const computeS = workloads.map(computeSecondsOf);
  const chain = synchrony === 'chain' ? chainOf(params, groups, computeS, workloads) : undefined;
  const slowest = computeS.reduce(
    (worst, seconds, index) => (seconds > (computeS[worst] ?? 0) ? index : worst),
    0,
  );
  const referenceIndex = chain?.slowestGroupIndex ?? slowest;
  const reference = groups[referenceIndex] ?? base;
  const effectiveComputeS =
    chain?.computeS ??
    (synchrony === 'lockstep'
      ? (computeS[slowest] ?? 0)
      : totalNodeCount /
        groups.reduce((sum, group, index) => sum + group.nodeCount / (computeS[index] ?? 1), 0));
  const referenceComputeS = computeS[referenceIndex] ?? effectiveComputeS;
  const speedRatio = effectiveComputeS > 0 ? referenceComputeS / effectiveComputeS : 1;
  const referenceGpus = reference.params.hardware.gpusPerNodeCount;
  const perGpu = (pick: (group: NodeGroup) => number) =>
    weightedMean(
      groups.map((group) => ({
        value: (pick(group) * group.params.hardware.gpusPerNodeCount) / referenceGpus,
        weight: group.nodeCount,
      })),
    );
  const hardware = {
    ...scaledHardware(reference.params.hardware, speedRatio),
    pricePerGpuHourUsd: perGpu((group) => group.params.hardware.pricePerGpuHourUsd),
    wattsPerGpu: perGpu((group) => group.params.hardware.wattsPerGpu),
    ...(chain
      ? { memoryGB: Math.max(reference.params.hardware.memoryGB, chain.uniformMemoryGibPerGpu) }
      : {}),
  };
  const slowestLink = groups.reduce((worst, group) =>
    group.params.network.uploadMbps < worst.params.network.uploadMbps ? group : worst,
  );
  const ringRttMs = bottleneckRingRttMs(
    groups.map((group) => group.region),
    params.network.rttMs,
  );
  const network = chain
    ? { ...params.network, nodeCount: totalNodeCount, ...chain.network }
    : {
        ...params.network,
        nodeCount: totalNodeCount,
        rttMs: ringRttMs,
        uploadMbps: Math.min(...groups.map((group) => group.params.network.uploadMbps)),
        downloadMbps: Math.min(...groups.map((group) => group.params.network.downloadMbps)),
      };
  const memoryProblem = chain
    ? chain.infeasibleReason
    : groups
        .map((group, index) => ({ group, cost: workloads[index] }))
        .find((entry) => entry.cost !== undefined && !entry.cost.feasible);
  const infeasibleReason =
    typeof memoryProblem === 'string'
      ? memoryProblem
      : memoryProblem
        ? `${memoryProblem.group.label}: ${memoryProblem.cost?.infeasibleReason ?? 'cannot run its share'}`
        : undefined;
  return {
    params: { ...withoutFurtherGroups(params), hardware, network },
    groups,
    limitingGroup:
      synchrony === 'proportional'
        ? `none: work in proportion to speed (slowest: ${groups[slowest]?.label ?? base.label})`
        : reference.label,
    limitingLink:
      chain?.limitingHop ??
      `${slowestLink.label} (${slowestLink.params.network.uploadMbps} Mbit/s up); longest ring hop ${ringRttMs} ms`,
    feasible: infeasibleReason === undefined,
    ...(infeasibleReason ? { infeasibleReason } : {}),
  };
}
