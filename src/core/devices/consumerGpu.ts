// Consumer and workstation GPUs: GeForce RTX 2080 Ti, 3060, 3090, 4090, 5090, RTX A4000/A5000 and the Radeon
// 8060S integrated in AMD's Ryzen AI Max+ 395 (Framework Desktop). Bought,
// not rented: the hourly price is the launch price written off plus electricity (ownership.ts). Tensor
// figures are dense with fp32 accumulate (GeForce cards run fp16-with-fp32-accumulate at half their
// fp16-accumulate rate; training and most inference kernels accumulate in fp32).

import { BYTES_PER_S_PER_TBPS } from '../units';
import {
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { ownedDeviceHourlyUsd, ownedPriceSource } from './ownership';
import { type DatasheetFigures, type DeviceKind, type DeviceSpec, device } from './types';

const NO_CC =
  'no confidential-computing mode: NVIDIA offers GPU confidential computing only on Hopper and Blackwell datacentre parts';

/** One consumer card: one per node, bought at its launch price, no confidential computing. */
function consumerCard(
  id: string,
  label: string,
  figures: DatasheetFigures,
  launchPriceUsd: number,
  datasheet: string,
): DeviceSpec {
  return device(
    id,
    label,
    figures,
    {
      devicesPerNodeCount: 1,
      pricePerDeviceHourUsd: ownedDeviceHourlyUsd(launchPriceUsd, figures.watts),
      mfuFraction: ASSUMED_MFU_FRACTION,
      memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
      confidentialModes: [],
    },
    {
      datasheet,
      node: 'assumption: one card per home or workstation node',
      price: ownedPriceSource(`NVIDIA launch price ${launchPriceUsd} USD`),
      efficiency: `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
      confidential: NO_CC,
    },
  );
}

/**
 * Radeon 8060S (Ryzen AI Max+ 395): 40 RDNA 3.5 compute units at 2.9 GHz; per unit and clock 256 fp32 FLOP
 * (64 lanes, dual issue, FMA) and 512 16-bit or int8 FLOP through WMMA. Source: AMD Ryzen AI Max+ 395 product
 * page (40 CUs, 2900 MHz graphics clock); AMD RDNA 3 instruction set reference (dual issue, WMMA rates).
 */
const STRIX_HALO_CU_HZ = 40 * 2.9e9;
const RDNA3_FP32_FLOP_PER_CU_CYCLE = 256;
const RDNA3_WMMA_FLOP_PER_CU_CYCLE = 512;
/** 256-bit LPDDR5X-8000: 8000 MT/s x 32 bytes = 256 GB/s. Source: Framework Desktop deep dive (Framework, March 2025). */
const STRIX_HALO_BANDWIDTH_TBPS = (8000e6 * 32) / BYTES_PER_S_PER_TBPS;

/** Framework Desktop mainboard with the Ryzen AI Max+ 395 and 128 GB, its iGPU running the model. */
const frameworkDesktop = device(
  'FRAMEWORK_DESKTOP_AI_MAX_395_128GB',
  'Framework Desktop (AMD Ryzen AI Max+ 395, Radeon 8060S, 128 GB)',
  {
    peakFp32Tflops: (STRIX_HALO_CU_HZ * RDNA3_FP32_FLOP_PER_CU_CYCLE) / 1e12,
    peak16BitTflops: (STRIX_HALO_CU_HZ * RDNA3_WMMA_FLOP_PER_CU_CYCLE) / 1e12,
    peakFp8Tflops: 0,
    peakInt8Tops: (STRIX_HALO_CU_HZ * RDNA3_WMMA_FLOP_PER_CU_CYCLE) / 1e12,
    peak4BitTops: 0,
    memoryBandwidthTBps: STRIX_HALO_BANDWIDTH_TBPS,
    memoryGB: 128,
    watts: 140,
  },
  {
    devicesPerNodeCount: 1,
    pricePerDeviceHourUsd: ownedDeviceHourlyUsd(1999, 140),
    mfuFraction: ASSUMED_MFU_FRACTION,
    memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
    confidentialModes: [],
  },
  {
    datasheet:
      'AMD Ryzen AI Max+ 395 product page (16 Zen 5 cores, Radeon 8060S with 40 CUs at 2.9 GHz) and Framework Desktop deep dive (256-bit LPDDR5X-8000, 128 GB unified, 140 W sustained package power); peaks derived from RDNA 3 per-CU rates (256 fp32, 512 WMMA 16-bit/int8 FLOP per cycle)',
    node: 'one mainboard per node',
    price: ownedPriceSource('Framework Desktop 128 GB configuration 1999 USD'),
    efficiency: `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
    confidential: 'no confidential-computing mode for third-party workloads on this client APU (assumption)',
  },
);

/** Consumer and workstation GPUs. */
export const CONSUMER_GPU_KIND: DeviceKind = {
  id: 'consumer-gpu',
  label: 'Consumer or workstation GPU',
  devices: [
    consumerCard(
      'RTX_2080_TI',
      'NVIDIA GeForce RTX 2080 Ti',
      {
        peakFp32Tflops: 13.4,
        peak16BitTflops: 53.8,
        peakFp8Tflops: 0,
        peakInt8Tops: 215.2,
        peak4BitTops: 430.3,
        memoryBandwidthTBps: 0.616,
        memoryGB: 11,
        watts: 250,
      },
      999,
      'NVIDIA Turing architecture whitepaper, appendix (RTX 2080 Ti reference): 13.4 TFLOP/s fp32, 53.8 fp16 tensor with fp32 accumulate, 215.2 TOPS int8, 430.3 int4, 616 GB/s, 11 GB, 250 W',
    ),
    consumerCard(
      'RTX_3060',
      'NVIDIA GeForce RTX 3060 12GB',
      {
        peakFp32Tflops: 12.7,
        peak16BitTflops: 25.4,
        peakFp8Tflops: 0,
        peakInt8Tops: 101,
        peak4BitTops: 202,
        memoryBandwidthTBps: 0.36,
        memoryGB: 12,
        watts: 170,
      },
      329,
      'NVIDIA GeForce RTX 3060 specifications: 12.7 shader TFLOP/s, 101 tensor TFLOP/s (fp16, sparse), 360 GB/s, 12 GB, 170 W; dense fp16 with fp32 accumulate = 101 / 4 (halved for sparsity and for fp32 accumulate as on the GA102 whitepaper cards), int8 and int4 at the Ampere 4x and 8x of that (derived)',
    ),
    consumerCard(
      'RTX_3090',
      'NVIDIA GeForce RTX 3090',
      {
        peakFp32Tflops: 35.6,
        peak16BitTflops: 71,
        peakFp8Tflops: 0,
        peakInt8Tops: 284,
        peak4BitTops: 568,
        memoryBandwidthTBps: 0.936,
        memoryGB: 24,
        watts: 350,
      },
      1499,
      'NVIDIA Ampere GA102 GPU architecture whitepaper (RTX 3090): 35.6 TFLOP/s fp32, 71 fp16 tensor with fp32 accumulate, 284 TOPS int8, 568 int4 (dense), 936 GB/s, 24 GB, 350 W',
    ),
    consumerCard(
      'RTX_4090',
      'NVIDIA GeForce RTX 4090',
      {
        peakFp32Tflops: 82.6,
        peak16BitTflops: 165.2,
        peakFp8Tflops: 330.3,
        peakInt8Tops: 660.6,
        peak4BitTops: 1321.2,
        memoryBandwidthTBps: 1.008,
        memoryGB: 24,
        watts: 450,
      },
      1599,
      'NVIDIA Ada Lovelace GPU architecture whitepaper (RTX 4090): 82.6 TFLOP/s fp32, 165.2 fp16/bf16 tensor and 330.3 fp8 with fp32 accumulate, 660.6 TOPS int8, 1,321.2 int4 (dense), 1,008 GB/s, 24 GB, 450 W',
    ),
    consumerCard(
      'RTX_5090',
      'NVIDIA GeForce RTX 5090',
      {
        peakFp32Tflops: 104.8,
        peak16BitTflops: 209.5,
        peakFp8Tflops: 419,
        peakInt8Tops: 838,
        peak4BitTops: 1676,
        memoryBandwidthTBps: 1.792,
        memoryGB: 32,
        watts: 575,
      },
      1999,
      'NVIDIA RTX Blackwell GPU architecture whitepaper (RTX 5090): 104.8 TFLOP/s fp32, 3,352 AI TOPS = fp4 sparse, so 1,676 fp4 dense, 838 int8, 419 fp8 and 209.5 fp16 with fp32 accumulate (halved as on earlier GeForce cards; assumption), 1,792 GB/s GDDR7, 32 GB, 575 W',
    ),
    consumerCard(
      'RTX_A4000',
      'NVIDIA RTX A4000',
      {
        peakFp32Tflops: 19.2,
        peak16BitTflops: 76.7,
        peakFp8Tflops: 0,
        peakInt8Tops: 153.4,
        peak4BitTops: 306.8,
        memoryBandwidthTBps: 0.448,
        memoryGB: 16,
        watts: 140,
      },
      1000,
      'NVIDIA RTX A4000 datasheet: 19.2 TFLOP/s fp32, 153.4 tensor TFLOP/s (sparse; 76.7 dense, full-rate fp32 accumulate on RTX professional cards), 448 GB/s, 16 GB, 140 W; int8 and int4 at the Ampere 2x and 4x (derived)',
    ),
    consumerCard(
      'RTX_A5000',
      'NVIDIA RTX A5000',
      {
        peakFp32Tflops: 27.8,
        peak16BitTflops: 111.1,
        peakFp8Tflops: 0,
        peakInt8Tops: 222.2,
        peak4BitTops: 444.4,
        memoryBandwidthTBps: 0.768,
        memoryGB: 24,
        watts: 230,
      },
      2250,
      'NVIDIA RTX A5000 datasheet: 27.8 TFLOP/s fp32, 222.2 tensor TFLOP/s (sparse; 111.1 dense), 768 GB/s, 24 GB, 230 W; int8 and int4 at the Ampere 2x and 4x (derived)',
    ),
    frameworkDesktop,
  ],
};
