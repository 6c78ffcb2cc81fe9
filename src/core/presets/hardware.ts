// Hardware presets: vendor datasheet figures per GPU model, with sources.
import type { HARDWARE_PARAMS } from '../params/groups';
import type { GroupValues } from '../params/spec';
import type { Preset } from './types';

type HardwareValues = Partial<GroupValues<typeof HARDWARE_PARAMS>>;

/** GPU models a user can pick; the rest of the hardware group keeps its current values. */
export const HARDWARE_PRESETS = {
  H100_SXM: {
    id: 'H100_SXM',
    label: 'NVIDIA H100 SXM',
    values: {
      peakFlopPerS: 989e12,
      memoryBandwidthTBps: 3.35,
      memoryGB: 80,
      wattsPerGpu: 700,
      confidentialComputing: true,
    },
    source: 'NVIDIA H100 datasheet, as collected in the hardware-reference calibration case',
  },
} as const satisfies Record<string, Preset<HardwareValues>>;
