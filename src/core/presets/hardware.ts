// Hardware presets: vendor datasheet figures per GPU model (and one cloud CPU VM), with sources. A preset
// sets the per-device figures; GPUs per node, MFU, achievable memory bandwidth and price keep their values
// unless the preset names them.
import type { HARDWARE_PARAMS } from '../params/groups';
import type { GroupValues } from '../params/spec';
import type { Preset } from './types';

type HardwareValues = Partial<GroupValues<typeof HARDWARE_PARAMS>>;

const REFERENCE =
  'vendor datasheets as collected in the hardware-reference calibration case (Epoch AI tables)';

/**
 * One c3d-highcpu-30 VM, treated as a single device. 15 AMD Genoa (Zen 4) cores, 59 GB memory (distributed-llama
 * README; Google Cloud machine list). Peak: 15 cores x 32 fp32 FLOP per cycle (two 256-bit FMA pipes) x
 * 3.55 GHz (EPYC 9654 all-core boost) = 1.7 TFLOP/s. Memory bandwidth: the 15 cores' proportional share of one
 * Genoa socket's 12 x DDR5-4800 channels, 460.8 GB/s x 15 / 96 = 72 GB/s (assumption: the VM gets its share).
 * Power: the same share of a 360 W socket.
 */
const C3D_CORE_COUNT = 15;
const GENOA_SOCKET_CORE_COUNT = 96;
const GENOA_SOCKET_MEMORY_TBPS = 0.4608;
const GENOA_SOCKET_WATTS = 360;
const ZEN4_FP32_FLOP_PER_CYCLE = 32;
const GENOA_ALL_CORE_HZ = 3.55e9;
const C3D_SHARE = C3D_CORE_COUNT / GENOA_SOCKET_CORE_COUNT;

/** GPU models (and a CPU VM) a user can pick. */
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
    source: `${REFERENCE}: 989 TFLOP/s dense bf16, 3.35 TB/s, 80 GB, 700 W; CC mode per NVIDIA`,
  },
  A100_SXM_80GB: {
    id: 'A100_SXM_80GB',
    label: 'NVIDIA A100 SXM 80GB',
    values: {
      peakFlopPerS: 312e12,
      memoryBandwidthTBps: 2.0,
      memoryGB: 80,
      wattsPerGpu: 400,
      confidentialComputing: false,
    },
    source: `${REFERENCE}: 312 TFLOP/s dense bf16, 2.0 TB/s, 80 GB, 400 W; no confidential-computing mode`,
  },
  RTX_4090: {
    id: 'RTX_4090',
    label: 'NVIDIA GeForce RTX 4090',
    values: {
      peakFlopPerS: 165e12,
      memoryBandwidthTBps: 1.008,
      memoryGB: 24,
      wattsPerGpu: 450,
      confidentialComputing: false,
    },
    source: `${REFERENCE}: 165 TFLOP/s fp16 tensor with fp32 accumulate, 1.008 TB/s, 24 GB, 450 W`,
  },
  RTX_3090: {
    id: 'RTX_3090',
    label: 'NVIDIA GeForce RTX 3090',
    values: {
      peakFlopPerS: 71e12,
      memoryBandwidthTBps: 0.936,
      memoryGB: 24,
      wattsPerGpu: 350,
      confidentialComputing: false,
    },
    source: `${REFERENCE}: 71 TFLOP/s fp16 tensor with fp32 accumulate, 0.936 TB/s, 24 GB, 350 W (recalled figure)`,
  },
  C3D_HIGHCPU_30: {
    id: 'C3D_HIGHCPU_30',
    label: 'Google Cloud c3d-highcpu-30 VM (CPU only)',
    values: {
      gpusPerNodeCount: 1,
      peakFlopPerS: C3D_CORE_COUNT * ZEN4_FP32_FLOP_PER_CYCLE * GENOA_ALL_CORE_HZ,
      memoryBandwidthTBps: GENOA_SOCKET_MEMORY_TBPS * C3D_SHARE,
      memoryGB: 59,
      wattsPerGpu: GENOA_SOCKET_WATTS * C3D_SHARE,
      confidentialComputing: false,
    },
    source:
      'distributed-llama README (30 vCPU, 15 cores, 59 GB); AMD EPYC 9004 (Genoa): 12 channels DDR5-4800 = 460.8 GB/s and 96 cores per socket, 3.55 GHz all-core boost, 360 W; memory bandwidth and power are the 15-core share (assumption)',
  },
} as const satisfies Record<string, Preset<HardwareValues>>;
