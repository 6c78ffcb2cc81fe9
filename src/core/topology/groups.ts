// The node groups of a parameter set: the base group (the network and hardware groups, in the base region)
// and every further group with nodes, each as a complete parameter set of its own (its device and link), so
// that every cost is computed per group by the same code that prices a network of identical nodes.
import { DEVICES, findDevice } from '../devices/registry';
import type { WorkloadCost } from '../engine/types';
import type { Params } from '../params/table';
import { FURTHER_GROUP_NAMES } from './params';
import { type RegionId, regionLabel } from './regions';

/** One group of identical nodes. */
export interface NodeGroup {
  /** "group 1" for the base group, "group 2" ... for the others. */
  id: string;
  /** What people read: count, device and region. */
  label: string;
  nodeCount: number;
  region: RegionId;
  /** The parameters of a network made of this group's nodes only (its device, its link, its count). */
  params: Params;
}

/** Whether any further group has nodes: otherwise the network is the one group it always was. */
export function hasFurtherGroups(params: Params): boolean {
  return FURTHER_GROUP_NAMES.some((name) => params[name].nodeCount > 0);
}

function labelOf(nodeCount: number, deviceLabel: string, region: RegionId): string {
  return `${nodeCount} x ${deviceLabel} in ${regionLabel(region)}`;
}

/** The groups of a parameter set, base group first; absent groups are left out. */
export function nodeGroups(params: Params): NodeGroup[] {
  const baseRegion = params.topology.baseRegion;
  const baseDevice = DEVICES.find((device) =>
    Object.entries(device.values).every(
      ([key, value]) => (params.hardware as Record<string, unknown>)[key] === value,
    ),
  )?.label;
  const groups: NodeGroup[] = [
    {
      id: 'group 1',
      label: labelOf(params.network.nodeCount, baseDevice ?? 'custom device', baseRegion),
      nodeCount: params.network.nodeCount,
      region: baseRegion,
      params,
    },
  ];
  FURTHER_GROUP_NAMES.forEach((name, index) => {
    const group = params[name];
    if (group.nodeCount <= 0) return;
    const device = findDevice(group.device);
    if (!device) throw new Error(`${name}.device: unknown device "${group.device}"`);
    groups.push({
      id: `group ${index + 2}`,
      label: labelOf(group.nodeCount, device.label, group.region),
      nodeCount: group.nodeCount,
      region: group.region,
      params: {
        ...params,
        hardware: { ...params.hardware, ...device.values },
        network: {
          ...params.network,
          nodeCount: group.nodeCount,
          uploadMbps: group.uploadMbps,
          downloadMbps: group.downloadMbps,
        },
      },
    });
  });
  return groups;
}

/** The workload cost of a parameter set (the engine's, passed in so that this folder does not import it). */
export type WorkloadOf = (params: Params) => WorkloadCost;

/** The workload of the whole job if every node were one of this group's. */
export function groupWorkload(
  group: NodeGroup,
  totalNodeCount: number,
  workloadOf: WorkloadOf,
): WorkloadCost {
  return workloadOf({ ...group.params, network: { ...group.params.network, nodeCount: totalNodeCount } });
}
