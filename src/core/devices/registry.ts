// The device catalogue: every device kind (one file each) and the flat list of devices derived from them.
// Adding a kind is one file and one line here; adding a device is one entry in its kind's file.
import { APPLE_SILICON_KIND } from './appleSilicon';
import { CONSUMER_GPU_KIND } from './consumerGpu';
import { CPU_KIND } from './cpu';
import { DATACENTRE_GPU_KIND } from './datacentreGpu';
import { EDGE_BOARD_KIND } from './edgeBoard';
import { TPU_KIND } from './tpu';
import type { DeviceKind, DeviceSpec } from './types';

/** Every device kind, in the order pickers list them. */
export const DEVICE_KINDS: readonly DeviceKind[] = [
  DATACENTRE_GPU_KIND,
  TPU_KIND,
  CONSUMER_GPU_KIND,
  CPU_KIND,
  APPLE_SILICON_KIND,
  EDGE_BOARD_KIND,
];

/** Every device with the kind it belongs to. */
export const DEVICES: readonly (DeviceSpec & { kind: DeviceKind['id'] })[] = DEVICE_KINDS.flatMap((kind) =>
  kind.devices.map((spec) => ({ ...spec, kind: kind.id })),
);

/** The device with this id, or undefined. */
export function findDevice(id: string): (DeviceSpec & { kind: DeviceKind['id'] }) | undefined {
  return DEVICES.find((spec) => spec.id === id);
}
