// Hardware presets, derived from the device catalogue (src/core/devices): each sets every field of the
// hardware group, device and node alike (devices per node, price, efficiencies, confidential modes).
import type { HardwareValues } from '../devices/confidentialModes';
import { DEVICES } from '../devices/registry';
import type { Preset } from './types';

/** A hardware preset: the whole hardware group, with its kind and the sources of its figures. */
export interface HardwarePreset extends Preset<HardwareValues> {
  kind: string;
}

/** Every catalogue device as a preset, keyed by id. */
export const HARDWARE_PRESETS: Readonly<Record<string, HardwarePreset>> = Object.fromEntries(
  DEVICES.map((spec) => [
    spec.id,
    {
      id: spec.id,
      label: spec.label,
      kind: spec.kind,
      values: spec.values,
      source: [
        spec.sources.datasheet,
        `node: ${spec.sources.node}`,
        `price: ${spec.sources.price}`,
        `efficiency: ${spec.sources.efficiency}`,
        `confidential computing: ${spec.sources.confidential}`,
      ].join('; '),
    },
  ]),
);
