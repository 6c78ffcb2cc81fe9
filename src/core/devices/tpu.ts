// Google TPUs: TPU v4 (the chip PaLM was trained on). A TPU pod joins its chips by inter-chip links (ICI) in a
// 3D torus; the configured run treats a pod (or the slice a job uses) as one fast-link domain
// (limits.configuredFastLinkDomainGpuCount) and the data-centre network between pods as the scale-out level.

import {
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { type DeviceKind, device } from './types';

const TPU_V4_DOCS =
  'Google Cloud TPU v4 documentation (system architecture): 275 TFLOP/s per chip in bf16 or int8, 32 GiB HBM2 at 1,200 GB/s, measured power 90/170/192 W min/mean/max';
/** TPU v4 matrix units multiply in bf16; fp32 matmuls are emulated with bf16 passes (six for full fp32). */
const TPU_FP32_PASSES_COUNT = 6;
const TPU_V4_BF16_TFLOPS = 275;

/** Google TPUs. */
export const TPU_KIND: DeviceKind = {
  id: 'tpu',
  label: 'TPU',
  devices: [
    device(
      'TPU_V4',
      'Google TPU v4',
      {
        peakFp32Tflops: TPU_V4_BF16_TFLOPS / TPU_FP32_PASSES_COUNT,
        peak16BitTflops: TPU_V4_BF16_TFLOPS,
        peakFp8Tflops: 0,
        peakInt8Tops: TPU_V4_BF16_TFLOPS,
        peak4BitTops: 0,
        memoryBandwidthTBps: 1.2,
        memoryGB: 32,
        watts: 192,
      },
      {
        devicesPerNodeCount: 4,
        pricePerDeviceHourUsd: 3.22,
        mfuFraction: ASSUMED_MFU_FRACTION,
        memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
        confidentialModes: [],
      },
      {
        datasheet: `${TPU_V4_DOCS}; no fp8 or 4-bit format; fp32 matmuls as 6 bf16 passes (JAX documentation, "Matmul precision": float32 on TPU via several bfloat16 passes, DotAlgorithmPreset BF16_BF16_F32_X6), 275 / 6 TFLOP/s`,
        node: 'Google Cloud TPU v4: one TPU VM host drives 4 chips (PaLM, Chowdhery et al. 2022, arXiv 2204.02311, section 4: 3,072 chips on 768 hosts per pod)',
        price: 'Google Cloud TPU pricing page: TPU v4 on demand in us-central2, 3.22 USD per chip-hour',
        efficiency: `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`,
        confidential:
          'no confidential-computing mode is documented for Cloud TPU v4 (Google Cloud TPU v4 documentation)',
      },
    ),
  ],
};
