// Network presets: typical round trips and bandwidths per network class, with sources.

import type { NETWORK_PARAMS } from '../params/groups';
import type { GroupValues } from '../params/spec';
import type { Preset } from './types';

type NetworkValues = Partial<GroupValues<typeof NETWORK_PARAMS>>;

/** Network classes from NVLink inside one node to home broadband. */
export const NETWORK_PRESETS = {
  datacentre: {
    id: 'datacentre',
    label: 'Datacentre (InfiniBand)',
    values: { rttMs: 0.01, uploadMbps: 400_000, downloadMbps: 400_000, linkEfficiencyFraction: 0.9 },
    source: 'placeholder: 400 Gbit/s InfiniBand NDR per GPU node link',
  },
} as const satisfies Record<string, Preset<NetworkValues>>;
