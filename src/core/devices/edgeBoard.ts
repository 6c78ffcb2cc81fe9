// Edge boards: Raspberry Pi 4 and 5 (8 GB). Peaks are cores x NEON FLOP per cycle x clock; memory bandwidth
// is the LPDDR4(X) bus peak (32-bit bus x transfer rate).
import {
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { ownedDeviceHourlyUsd, ownedPriceSource } from './ownership';
import { type DeviceKind, device } from './types';

const GIGA_PER_TERA = 1000;
const BUS_BYTES = 4;
const efficiency = `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`;
const NO_CC =
  'no confidential-computing mode available to applications (Arm TrustZone is reserved for firmware)';

/** Pi 5: 4 x Cortex-A76 at 2.4 GHz; LPDDR4X-4267 on a 32-bit bus. Source: Raspberry Pi 5 product brief. */
const PI5_CORES = 4;
const PI5_HZ = 2.4e9;
const PI5_TRANSFERS_PER_S = 4267e6;
/** Cortex-A76: two 128-bit FMA pipes = 16 fp32 FLOP per cycle; fp16 and int8 dot product at 2x and 4x. Source: Arm Cortex-A76 software optimization guide. */
const A76_FP32_FLOP_PER_CYCLE = 16;
/** Pi 4: 4 x Cortex-A72 at 1.8 GHz; LPDDR4-3200 on a 32-bit bus. Source: Raspberry Pi 4 Model B product brief. */
const PI4_CORES = 4;
const PI4_HZ = 1.8e9;
const PI4_TRANSFERS_PER_S = 3200e6;
/** Cortex-A72: one 128-bit FMA per cycle = 8 fp32 FLOP; no fp16 arithmetic or int8 dot product. Source: Arm Cortex-A72 software optimization guide. */
const A72_FP32_FLOP_PER_CYCLE = 8;

const pi5Gflops = PI5_CORES * A76_FP32_FLOP_PER_CYCLE * PI5_HZ * 1e-9;
const pi4Gflops = PI4_CORES * A72_FP32_FLOP_PER_CYCLE * PI4_HZ * 1e-9;
const use = {
  devicesPerNodeCount: 1,
  mfuFraction: ASSUMED_MFU_FRACTION,
  memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
  confidentialModes: [],
};

/** Single-board computers. */
export const EDGE_BOARD_KIND: DeviceKind = {
  id: 'edge-board',
  label: 'Edge board',
  devices: [
    device(
      'RASPBERRY_PI_5_8GB',
      'Raspberry Pi 5 (8 GB)',
      {
        peakFp32Tflops: pi5Gflops / GIGA_PER_TERA,
        peak16BitTflops: (2 * pi5Gflops) / GIGA_PER_TERA,
        peakFp8Tflops: 0,
        peakInt8Tops: (4 * pi5Gflops) / GIGA_PER_TERA,
        peak4BitTops: 0,
        memoryBandwidthTBps: (PI5_TRANSFERS_PER_S * BUS_BYTES) / 1e12,
        memoryGB: 8,
        watts: 12,
      },
      { ...use, pricePerDeviceHourUsd: ownedDeviceHourlyUsd(80, 12) },
      {
        datasheet:
          'Raspberry Pi 5 product brief: 4 x Cortex-A76 at 2.4 GHz, LPDDR4X-4267, 8 GB; peaks derived from 16 fp32 FLOP per core per cycle; power: assumption 12 W at full CPU load (the 27 W supply is the ceiling)',
        node: 'one board per node',
        price: ownedPriceSource('Raspberry Pi 5 8 GB list price 80 USD'),
        efficiency,
        confidential: NO_CC,
      },
    ),
    device(
      'RASPBERRY_PI_4_8GB',
      'Raspberry Pi 4 Model B (8 GB)',
      {
        peakFp32Tflops: pi4Gflops / GIGA_PER_TERA,
        peak16BitTflops: pi4Gflops / GIGA_PER_TERA,
        peakFp8Tflops: 0,
        peakInt8Tops: 0,
        peak4BitTops: 0,
        memoryBandwidthTBps: (PI4_TRANSFERS_PER_S * BUS_BYTES) / 1e12,
        memoryGB: 8,
        watts: 7,
      },
      { ...use, pricePerDeviceHourUsd: ownedDeviceHourlyUsd(75, 7) },
      {
        datasheet:
          'Raspberry Pi 4 Model B product brief: 4 x Cortex-A72 at 1.8 GHz, LPDDR4-3200, 8 GB; peaks derived from 8 fp32 FLOP per core per cycle (16-bit runs at the fp32 rate); power: assumption 7 W at full CPU load (the 15 W supply is the ceiling)',
        node: 'one board per node',
        price: ownedPriceSource('Raspberry Pi 4 8 GB list price 75 USD'),
        efficiency,
        confidential: NO_CC,
      },
    ),
  ],
};
