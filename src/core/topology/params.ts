// Parameter groups of a mixed network: the region of the base group (the nodes the network and hardware groups
// describe) and up to seven further node groups, each with a device from the catalogue, a count, a region and
// its access link. A further group with no nodes is absent, so every scenario without groups still describes
// one group: the network it always described.
import { DEVICES } from '../devices/registry';
import { choiceParam, numberParam } from '../params/spec';
import { REGION_IDS, REGION_RTT_SOURCE, type RegionId } from './regions';

/** Further node groups beside the base group: eight groups in all, enough for eight cities. */
export const FURTHER_GROUP_COUNT = 7;

/** Device ids a further group can use (every catalogue device). */
const DEVICE_IDS = DEVICES.map((device) => device.id) as [string, ...string[]];

/** Where the base group's nodes are. */
export const TOPOLOGY_PARAMS = {
  baseRegion: choiceParam({
    label: 'Region of the main nodes',
    options: REGION_IDS as readonly RegionId[],
    default: 'eu-west',
    description:
      'Region of the nodes described by the Network and Hardware groups; further node groups in other regions reach them over the measured round trip between the two regions.',
    source: REGION_RTT_SOURCE,
    advanced: true,
  }),
} as const;

/** The parameters of one further node group. */
function furtherGroupParams(groupNumber: number) {
  return {
    nodeCount: numberParam({
      label: `Group ${groupNumber}: nodes`,
      unit: 'count',
      default: 0,
      min: 0,
      max: 1e6,
      integer: true,
      description: `Nodes of node group ${groupNumber}; 0 leaves the group out.`,
      source: 'assumption: no further groups (one group, as a network of identical nodes)',
      advanced: true,
    }),
    device: choiceParam({
      label: `Group ${groupNumber}: device`,
      options: DEVICE_IDS,
      default: 'RTX_3090',
      description: `Device of every node of group ${groupNumber}: the whole device and node of a catalogue entry.`,
      source: 'the device catalogue (src/core/devices), each entry with its datasheet',
      advanced: true,
    }),
    region: choiceParam({
      label: `Group ${groupNumber}: region`,
      options: REGION_IDS as readonly RegionId[],
      default: 'eu-west',
      description: `Region of group ${groupNumber}: sets the round trip to every other group.`,
      source: REGION_RTT_SOURCE,
      advanced: true,
    }),
    uploadMbps: numberParam({
      label: `Group ${groupNumber}: upload`,
      unit: 'Mbit/s',
      default: 100,
      min: 0.1,
      max: 1e9,
      scale: 'log',
      description: `Upload bandwidth of each node of group ${groupNumber}.`,
      source: 'assumption: 100 Mbit/s, a common home fibre upload tier',
      advanced: true,
    }),
    downloadMbps: numberParam({
      label: `Group ${groupNumber}: download`,
      unit: 'Mbit/s',
      default: 500,
      min: 0.1,
      max: 1e9,
      scale: 'log',
      description: `Download bandwidth of each node of group ${groupNumber}.`,
      source: 'assumption: 500 Mbit/s, a common home fibre download tier',
      advanced: true,
    }),
  };
}

/** The further groups' parameter groups, named group2 ... group8 (group 1 is the base group). */
export const FURTHER_GROUP_PARAMS = {
  group2: furtherGroupParams(2),
  group3: furtherGroupParams(3),
  group4: furtherGroupParams(4),
  group5: furtherGroupParams(5),
  group6: furtherGroupParams(6),
  group7: furtherGroupParams(7),
  group8: furtherGroupParams(8),
} as const;

/** Name of a further group's parameter group. */
export type FurtherGroupName = keyof typeof FURTHER_GROUP_PARAMS;

/** The further groups' names, in order. */
export const FURTHER_GROUP_NAMES = Object.keys(FURTHER_GROUP_PARAMS) as FurtherGroupName[];
