// Blackwell parts the confidential-computing cases measured beyond the B200: the B300 (Blackwell Ultra) in
// an HGX B300 node and the RTX PRO 6000 Blackwell Server Edition. Figures are dense per GPU (NVIDIA's system
// sheets print sparse tensor figures for 8 GPUs; dense is half of sparse).
import {
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { type DeviceSpec, device } from './types';

const BLACKWELL_CC =
  'Blackwell confidential computing (NVIDIA Blackwell architecture technical brief), run inside a TDX or SEV-SNP VM';
const efficiency = `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`;

/** Blackwell GPUs added for the B300 and RTX PRO 6000 confidential-computing cases. */
export const BLACKWELL_GPUS: readonly DeviceSpec[] = [
  device(
    'B300',
    'NVIDIA B300 (HGX B300)',
    {
      peakFp32Tflops: 75,
      peak16BitTflops: 2250,
      peakFp8Tflops: 4500,
      peakInt8Tops: 125,
      peak4BitTops: 13500,
      memoryBandwidthTBps: 8,
      memoryGB: 288,
      watts: 1100,
    },
    {
      devicesPerNodeCount: 8,
      pricePerDeviceHourUsd: 6,
      mfuFraction: ASSUMED_MFU_FRACTION,
      memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
      confidentialModes: ['blackwell-cc'],
    },
    {
      datasheet:
        'NVIDIA HGX B300 datasheet, for 8 GPUs: fp4 108 PFLOP/s dense (144 sparse), fp8 72, int8 2 POPS, bf16 36 (sparse), fp32 600 TFLOP/s, up to 2.3 TB HBM3e (288 GB per GPU), 8 TB/s per GPU; per GPU dense: 13.5 PFLOP/s fp4, 4.5 fp8, 0.125 POPS int8, 2.25 bf16, 75 TFLOP/s fp32; power: assumption 1,100 W per GPU (the sheet gives the system, not the module)',
      node: 'HGX B300 baseboard: 8 GPUs per node (NVIDIA HGX B300 datasheet)',
      price: 'assumption: 6 USD per GPU-hour, above the B200 on-demand list price (Lambda 2025: 4.99 USD)',
      efficiency,
      confidential: BLACKWELL_CC,
    },
  ),
  device(
    'RTX_PRO_6000',
    'NVIDIA RTX PRO 6000 Blackwell Server Edition',
    {
      peakFp32Tflops: 125,
      peak16BitTflops: 500,
      peakFp8Tflops: 1000,
      peakInt8Tops: 1000,
      peak4BitTops: 2000,
      memoryBandwidthTBps: 1.792,
      memoryGB: 96,
      watts: 600,
    },
    {
      devicesPerNodeCount: 8,
      pricePerDeviceHourUsd: 2,
      mfuFraction: ASSUMED_MFU_FRACTION,
      memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
      confidentialModes: ['blackwell-cc'],
    },
    {
      datasheet:
        'NVIDIA RTX PRO 6000 Blackwell datasheet (same figures for the Workstation and Server Editions, GTC 2025): 188 SMs, 125 TFLOP/s fp32, 4,000 AI TOPS = fp4 sparse, so 2,000 fp4 dense, 1,000 fp8 and int8, 500 fp16/bf16 with fp32 accumulate (full rate on RTX professional cards, as the A4000/A5000; assumption), 96 GB GDDR7 on 512 bits at 28 Gbit/s = 1,792 GB/s, 600 W',
      node: 'assumption: 8 cards per server (NVIDIA RTX PRO server reference designs hold up to 8)',
      price: 'assumption: 2 USD per GPU-hour, between the L4-class and H100 on-demand prices',
      efficiency,
      confidential:
        'Blackwell confidential computing on the Server Edition (NVIDIA RTX PRO 6000 Blackwell Server Edition datasheet: confidential computing supported); the serialized-bridge case measured it under TDX',
    },
  ),
];
