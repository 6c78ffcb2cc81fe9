// Apple silicon (M-series Pro/Max/Ultra) as one device each: the GPU's fp32 peak, unified memory and its
// bandwidth. Apple GPUs run fp16 at the fp32 rate and have no int8/fp8/4-bit matrix units (the Neural
// Engine is not used by the LLM runtimes modelled here), so those peaks are 0 and fall back to 16-bit.
import {
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { ownedDeviceHourlyUsd, ownedPriceSource } from './ownership';
import { type DeviceKind, type DeviceSpec, device } from './types';

/**
 * fp32 TFLOP/s per GPU core, from Apple's M2 Max figure (13.6 TFLOP/s, 38 cores; Apple newsroom, January 2023).
 * Apple publishes no TFLOP/s for the M3 and M4 GPUs; they are given this per-core rate (assumption, a lower bound
 * as later cores clock higher).
 */
const M2_TFLOPS_PER_GPU_CORE = 13.6 / 38;
const NO_CC = 'no confidential-computing mode for third-party workloads (Secure Enclave holds keys only)';

interface AppleChip {
  id: string;
  label: string;
  gpuCoreCount: number;
  /** Published fp32 TFLOP/s, when Apple gives one. */
  publishedTflops?: number;
  memoryGB: number;
  memoryBandwidthTBps: number;
  watts: number;
  launchPriceUsd: number;
  datasheet: string;
}

function appleDevice(chip: AppleChip): DeviceSpec {
  const tflops = chip.publishedTflops ?? chip.gpuCoreCount * M2_TFLOPS_PER_GPU_CORE;
  return device(
    chip.id,
    chip.label,
    {
      peakFp32Tflops: tflops,
      peak16BitTflops: tflops,
      peakFp8Tflops: 0,
      peakInt8Tops: 0,
      peak4BitTops: 0,
      memoryBandwidthTBps: chip.memoryBandwidthTBps,
      memoryGB: chip.memoryGB,
      watts: chip.watts,
    },
    {
      devicesPerNodeCount: 1,
      pricePerDeviceHourUsd: ownedDeviceHourlyUsd(chip.launchPriceUsd, chip.watts),
      mfuFraction: ASSUMED_MFU_FRACTION,
      memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
      confidentialModes: [],
    },
    {
      datasheet: chip.publishedTflops
        ? chip.datasheet
        : `${chip.datasheet}; fp32 = ${chip.gpuCoreCount} GPU cores x the M2 generation's 13.6/38 TFLOP/s per core (assumption: Apple publishes no TFLOP/s)`,
      node: 'one computer per node',
      price: ownedPriceSource(`Apple US launch price ${chip.launchPriceUsd} USD`),
      efficiency: `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
      confidential: NO_CC,
    },
  );
}

/** Apple silicon computers. */
export const APPLE_SILICON_KIND: DeviceKind = {
  id: 'apple-silicon',
  label: 'Apple silicon',
  devices: [
    appleDevice({
      id: 'M4_PRO_MAC_MINI_64GB',
      label: 'Apple Mac mini M4 Pro (20-core GPU, 64 GB)',
      gpuCoreCount: 20,
      memoryGB: 64,
      memoryBandwidthTBps: 0.273,
      watts: 140,
      launchPriceUsd: 2199,
      datasheet:
        'Apple Mac mini (2024) technical specifications: M4 Pro with 20-core GPU, up to 64 GB unified memory at 273 GB/s; maximum continuous power 140 W',
    }),
    appleDevice({
      id: 'M4_MAX_128GB',
      label: 'Apple M4 Max (40-core GPU, 128 GB)',
      gpuCoreCount: 40,
      memoryGB: 128,
      memoryBandwidthTBps: 0.546,
      watts: 140,
      launchPriceUsd: 4699,
      datasheet:
        'Apple MacBook Pro (2024) technical specifications: M4 Max with 40-core GPU, up to 128 GB unified memory at 546 GB/s; 140 W power adapter',
    }),
    appleDevice({
      id: 'M2_ULTRA_192GB',
      label: 'Apple Mac Studio M2 Ultra (76-core GPU, 192 GB)',
      gpuCoreCount: 76,
      publishedTflops: 27.2,
      memoryGB: 192,
      memoryBandwidthTBps: 0.8,
      watts: 370,
      launchPriceUsd: 6599,
      datasheet:
        'Apple Mac Pro / Mac Studio (2023) pages: M2 Ultra 76-core GPU up to 27.2 TFLOP/s, 192 GB at 800 GB/s; Mac Studio maximum continuous power 370 W',
    }),
    appleDevice({
      id: 'M3_ULTRA_512GB',
      label: 'Apple Mac Studio M3 Ultra (80-core GPU, 512 GB)',
      gpuCoreCount: 80,
      memoryGB: 512,
      memoryBandwidthTBps: 0.819,
      watts: 480,
      launchPriceUsd: 9499,
      datasheet:
        'Apple Mac Studio (2025) technical specifications: M3 Ultra with 80-core GPU, up to 512 GB unified memory at 819 GB/s; maximum continuous power 480 W',
    }),
  ],
};
