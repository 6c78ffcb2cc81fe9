// The shape of the device catalogue: one device sets every field of the hardware group (device and node),
// each field traced to one of the device's cited sources; devices are grouped by kind, one file per kind.
import type { ConfidentialModeId, HardwareValues } from './confidentialModes';
import { confidentialFlags } from './confidentialModes';

/** Where a device's figures come from, by topic. Every field of the hardware group maps to one topic. */
export interface DeviceSources {
  /** Peaks per precision, memory, memory bandwidth and power (vendor datasheet or derivation from it). */
  datasheet: string;
  /** Devices per node (the instance type or board it is sold as). */
  node: string;
  /** Rental price per device-hour. */
  price: string;
  /** Achievable compute and memory-bandwidth efficiency. */
  efficiency: string;
  /** Confidential-computing modes. */
  confidential: string;
}

/** Which source topic cites each field of the hardware group. */
export const FIELD_SOURCE = {
  gpusPerNodeCount: 'node',
  peakFp32FlopPerS: 'datasheet',
  peakFlopPerS: 'datasheet',
  peakFp8FlopPerS: 'datasheet',
  peakInt8OpPerS: 'datasheet',
  peak4BitOpPerS: 'datasheet',
  memoryBandwidthTBps: 'datasheet',
  memoryGB: 'datasheet',
  mfuFraction: 'efficiency',
  memoryBandwidthEfficiencyFraction: 'efficiency',
  wattsPerGpu: 'datasheet',
  pricePerGpuHourUsd: 'price',
  supportsSgx: 'confidential',
  supportsTdx: 'confidential',
  supportsSevSnp: 'confidential',
  supportsH100Cc: 'confidential',
  supportsBlackwellCc: 'confidential',
} as const satisfies Record<keyof HardwareValues, keyof DeviceSources>;

/** One device of the catalogue: a preset of the whole hardware group. */
export interface DeviceSpec {
  /** Preset id, e.g. "H100_SXM". */
  id: string;
  label: string;
  /** Every field of the hardware group. */
  values: HardwareValues;
  sources: DeviceSources;
}

/** A kind of device (datacentre GPU, CPU, ...): one file each, registered in registry.ts. */
export interface DeviceKind {
  id: 'datacentre-gpu' | 'tpu' | 'consumer-gpu' | 'cpu' | 'apple-silicon' | 'edge-board';
  label: string;
  devices: readonly DeviceSpec[];
}

const TERA = 1e12;

/** A device's figures as datasheets print them: tera-units per second, TB/s, GB of memory (GiB), W. */
export interface DatasheetFigures {
  peakFp32Tflops: number;
  /** bf16/fp16 dense peak (tensor units where present; fp32 accumulate where the sheet gives both). */
  peak16BitTflops: number;
  /** 0 when the device has no native format. */
  peakFp8Tflops: number;
  peakInt8Tops: number;
  peak4BitTops: number;
  memoryBandwidthTBps: number;
  /** Memory as the vendor quotes it ("80 GB"), which for memory means GiB, 2^30 bytes (units.ts BYTES_PER_GIB). */
  memoryGB: number;
  watts: number;
}

/** How the device is rented and run. */
export interface DeviceUse {
  devicesPerNodeCount: number;
  pricePerDeviceHourUsd: number;
  mfuFraction: number;
  memoryBandwidthEfficiencyFraction: number;
  confidentialModes: readonly ConfidentialModeId[];
}

/** Builds a catalogue entry from datasheet figures and use, converting to the hardware group's units. */
export function device(
  id: string,
  label: string,
  figures: DatasheetFigures,
  use: DeviceUse,
  sources: DeviceSources,
): DeviceSpec {
  return {
    id,
    label,
    values: {
      gpusPerNodeCount: use.devicesPerNodeCount,
      peakFp32FlopPerS: figures.peakFp32Tflops * TERA,
      peakFlopPerS: figures.peak16BitTflops * TERA,
      peakFp8FlopPerS: figures.peakFp8Tflops * TERA,
      peakInt8OpPerS: figures.peakInt8Tops * TERA,
      peak4BitOpPerS: figures.peak4BitTops * TERA,
      memoryBandwidthTBps: figures.memoryBandwidthTBps,
      memoryGB: figures.memoryGB,
      mfuFraction: use.mfuFraction,
      memoryBandwidthEfficiencyFraction: use.memoryBandwidthEfficiencyFraction,
      wattsPerGpu: figures.watts,
      pricePerGpuHourUsd: use.pricePerDeviceHourUsd,
      ...confidentialFlags(use.confidentialModes),
    },
    sources,
  };
}
