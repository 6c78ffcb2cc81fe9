// Datacentre GPUs: NVIDIA H100, H200, B200, A100 40/80 GB, L4, A10G, T4, V100, and B300 and RTX PRO 6000 from
// blackwellGpu.ts. Figures are dense (the datasheets print sparse tensor figures at twice the dense rate; the
// dense one is used here).

import { BLACKWELL_GPUS } from './blackwellGpu';
import {
  A100_MFU_FRACTION,
  A100_MFU_SOURCE,
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  H100_MFU_FRACTION,
  H100_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION as ROOFLINE,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { type DeviceKind, device } from './types';

const efficiency = `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`;
const HGX_NODE = 'HGX/DGX server: 8 GPUs per node (NVIDIA DGX/HGX datasheets)';
const NO_CC =
  'no confidential-computing mode: NVIDIA introduced GPU confidential computing with Hopper (H100 datasheet)';
const HOPPER_CC = 'Hopper confidential computing (H100/H200 datasheets), run inside a TDX or SEV-SNP VM';
const LAMBDA = 'Lambda on-demand list price 2025';

/** NVIDIA datacentre GPUs. */
export const DATACENTRE_GPU_KIND: DeviceKind = {
  id: 'datacentre-gpu',
  label: 'Datacentre GPU',
  devices: [
    device(
      'H100_SXM',
      'NVIDIA H100 SXM 80GB',
      {
        peakFp32Tflops: 67,
        peak16BitTflops: 989,
        peakFp8Tflops: 1979,
        peakInt8Tops: 1979,
        peak4BitTops: 0,
        memoryBandwidthTBps: 3.35,
        memoryGB: 80,
        watts: 700,
      },
      {
        devicesPerNodeCount: 8,
        pricePerDeviceHourUsd: 2.5,
        mfuFraction: H100_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: ['h100-cc'],
      },
      {
        datasheet:
          'NVIDIA H100 Tensor Core GPU datasheet (SXM5): 67 TFLOP/s fp32, 989 bf16, 1,979 fp8 and int8 (dense), no 4-bit format, 3.35 TB/s HBM3, 80 GB, up to 700 W',
        node: HGX_NODE,
        price: `assumption: 2.5 USD, inside the 2025 on-demand range of 2-3 USD per H100-hour (${LAMBDA}: 2.99)`,
        efficiency: `${H100_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
        confidential: HOPPER_CC,
      },
    ),
    device(
      'H200_SXM',
      'NVIDIA H200 SXM 141GB',
      {
        peakFp32Tflops: 67,
        peak16BitTflops: 989,
        peakFp8Tflops: 1979,
        peakInt8Tops: 1979,
        peak4BitTops: 0,
        memoryBandwidthTBps: 4.8,
        memoryGB: 141,
        watts: 700,
      },
      {
        devicesPerNodeCount: 8,
        pricePerDeviceHourUsd: 3.5,
        mfuFraction: H100_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: ['h100-cc'],
      },
      {
        datasheet:
          'NVIDIA H200 Tensor Core GPU datasheet (SXM): same compute as H100 SXM (67 fp32, 989 bf16, 1,979 fp8/int8 dense), 4.8 TB/s HBM3e, 141 GB, up to 700 W',
        node: HGX_NODE,
        price: 'assumption: 3.5 USD per GPU-hour, between H100 and B200 on-demand prices',
        efficiency: `${H100_MFU_SOURCE} (same Hopper compute); ${ROOFLINE_BANDWIDTH_SOURCE}`,
        confidential: HOPPER_CC,
      },
    ),
    device(
      'B200',
      'NVIDIA B200 (HGX B200)',
      {
        peakFp32Tflops: 75,
        peak16BitTflops: 2250,
        peakFp8Tflops: 4500,
        peakInt8Tops: 4500,
        peak4BitTops: 9000,
        memoryBandwidthTBps: 8,
        memoryGB: 180,
        watts: 1000,
      },
      {
        devicesPerNodeCount: 8,
        pricePerDeviceHourUsd: 4.99,
        mfuFraction: ASSUMED_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: ['blackwell-cc'],
      },
      {
        datasheet:
          'NVIDIA HGX B200 / DGX B200 datasheets, per GPU (8 per system): 600 TFLOP/s fp32, 36 PFLOP/s bf16, 72 fp8/int8, 144 fp4 sparse per system, 1,440 GB and 64 TB/s per system, 1,000 W per GPU',
        node: HGX_NODE,
        price: `${LAMBDA}: 4.99 USD per B200-hour`,
        efficiency,
        confidential:
          'Blackwell confidential computing (NVIDIA Blackwell architecture technical brief), run inside a TDX or SEV-SNP VM',
      },
    ),
    device(
      'A100_SXM_80GB',
      'NVIDIA A100 SXM 80GB',
      {
        peakFp32Tflops: 19.5,
        peak16BitTflops: 312,
        peakFp8Tflops: 0,
        peakInt8Tops: 624,
        peak4BitTops: 1248,
        memoryBandwidthTBps: 2.039,
        memoryGB: 80,
        watts: 400,
      },
      {
        devicesPerNodeCount: 8,
        pricePerDeviceHourUsd: 1.79,
        mfuFraction: A100_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: [],
      },
      {
        datasheet:
          'NVIDIA A100 Tensor Core GPU datasheet (SXM 80GB): 19.5 TFLOP/s fp32, 312 bf16, 624 int8, 1,248 int4 (dense), no fp8, 2,039 GB/s HBM2e, 80 GB, 400 W',
        node: HGX_NODE,
        price: `${LAMBDA}: 1.79 USD per A100 80GB SXM GPU-hour`,
        efficiency: `${A100_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
        confidential: NO_CC,
      },
    ),
    device(
      'A100_SXM_40GB',
      'NVIDIA A100 SXM 40GB',
      {
        peakFp32Tflops: 19.5,
        peak16BitTflops: 312,
        peakFp8Tflops: 0,
        peakInt8Tops: 624,
        peak4BitTops: 1248,
        memoryBandwidthTBps: 1.555,
        memoryGB: 40,
        watts: 400,
      },
      {
        devicesPerNodeCount: 8,
        pricePerDeviceHourUsd: 1.29,
        mfuFraction: A100_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: [],
      },
      {
        datasheet:
          'NVIDIA A100 Tensor Core GPU datasheet (SXM 40GB): 19.5 TFLOP/s fp32, 312 bf16, 624 int8, 1,248 int4 (dense), 1,555 GB/s HBM2, 40 GB, 400 W',
        node: HGX_NODE,
        price: `${LAMBDA}: 1.29 USD per A100 40GB GPU-hour`,
        efficiency: `${A100_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
        confidential: NO_CC,
      },
    ),
    device(
      'L4',
      'NVIDIA L4',
      {
        peakFp32Tflops: 30.3,
        peak16BitTflops: 121,
        peakFp8Tflops: 242.5,
        peakInt8Tops: 242.5,
        peak4BitTops: 0,
        memoryBandwidthTBps: 0.3,
        memoryGB: 24,
        watts: 72,
      },
      {
        devicesPerNodeCount: 1,
        pricePerDeviceHourUsd: 0.71,
        mfuFraction: ASSUMED_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: [],
      },
      {
        datasheet:
          'NVIDIA L4 Tensor Core GPU datasheet: 30.3 TFLOP/s fp32, 242 bf16 and 485 fp8/int8 with sparsity (half dense), 300 GB/s, 24 GB, 72 W',
        node: 'Google Cloud g2-standard-4: 1 x L4',
        price: 'Google Cloud list price 2025: g2-standard-4 (1 x L4, 4 vCPU) about 0.71 USD per hour',
        efficiency,
        confidential: 'no confidential-computing mode listed in the L4 datasheet',
      },
    ),
    device(
      'A10G',
      'NVIDIA A10G (AWS G5)',
      {
        peakFp32Tflops: 31.2,
        peak16BitTflops: 70,
        peakFp8Tflops: 0,
        peakInt8Tops: 140,
        peak4BitTops: 280,
        memoryBandwidthTBps: 0.6,
        memoryGB: 24,
        watts: 300,
      },
      {
        devicesPerNodeCount: 1,
        pricePerDeviceHourUsd: 1.006,
        mfuFraction: ASSUMED_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: [],
      },
      {
        datasheet:
          'AWS EC2 G5 documentation: A10G with 24 GB GDDR6 at 600 GB/s; NVIDIA publishes no A10G sheet, so the tensor peak is an assumption: 70 TFLOP/s bf16 (below the A10 datasheet 125, as the A10G trades tensor for CUDA-core rate), int8 and int4 at the Ampere 2x and 4x ratios; fp32 31.2 and 300 W as the A10 datasheet (assumption)',
        node: 'AWS g5.xlarge: 1 x A10G',
        price: 'AWS on-demand list price (us-east-1): g5.xlarge 1.006 USD per hour',
        efficiency,
        confidential: NO_CC,
      },
    ),
    device(
      'T4',
      'NVIDIA T4',
      {
        peakFp32Tflops: 8.1,
        peak16BitTflops: 65,
        peakFp8Tflops: 0,
        peakInt8Tops: 130,
        peak4BitTops: 260,
        memoryBandwidthTBps: 0.32,
        memoryGB: 16,
        watts: 70,
      },
      {
        devicesPerNodeCount: 1,
        pricePerDeviceHourUsd: 0.35,
        mfuFraction: ASSUMED_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: [],
      },
      {
        datasheet:
          'NVIDIA T4 Tensor Core GPU datasheet: 8.1 TFLOP/s fp32, 65 fp16 mixed precision, 130 TOPS int8, 260 int4, 320 GB/s GDDR6, 16 GB, 70 W',
        node: 'one T4 per VM (AWS g4dn.xlarge, Google Cloud n1 + 1 x T4)',
        price: 'Google Cloud GPU list price: 0.35 USD per T4-hour',
        efficiency,
        confidential: NO_CC,
      },
    ),
    device(
      'V100_SXM2_32GB',
      'NVIDIA V100 SXM2 32GB',
      {
        peakFp32Tflops: 15.7,
        peak16BitTflops: 125,
        peakFp8Tflops: 0,
        peakInt8Tops: 0,
        peak4BitTops: 0,
        memoryBandwidthTBps: 0.9,
        memoryGB: 32,
        watts: 300,
      },
      {
        devicesPerNodeCount: 8,
        pricePerDeviceHourUsd: 0.55,
        mfuFraction: ASSUMED_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE,
        confidentialModes: [],
      },
      {
        datasheet:
          'NVIDIA V100 Tensor Core GPU datasheet (SXM2): 15.7 TFLOP/s fp32, 125 fp16 tensor, no int8/int4 tensor formats, 900 GB/s HBM2, 32 GB, 300 W',
        node: 'DGX-1 / AWS p3.16xlarge: 8 x V100',
        price: `${LAMBDA}: 0.55 USD per V100-hour (8 x V100 instance)`,
        efficiency,
        confidential: NO_CC,
      },
    ),
    ...BLACKWELL_GPUS,
  ],
};
