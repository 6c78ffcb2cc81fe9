// CPUs: a server socket with AVX-512 and AMX (Intel Xeon Platinum 8480+) and a generic cloud vCPU (AMD
// Genoa threads as sold in Google Cloud c3d-highcpu shapes), by core count. Peaks are cores x FLOP per
// cycle per core x clock; memory bandwidth is the channels' peak (a VM gets its vCPUs' share of the socket).
import {
  ASSUMED_MFU_FRACTION,
  ASSUMED_MFU_SOURCE,
  ROOFLINE_BANDWIDTH_FRACTION,
  ROOFLINE_BANDWIDTH_SOURCE,
} from './efficiency';
import { type DeviceKind, type DeviceSpec, device } from './types';

const TERA = 1e12;
const efficiency = `${ASSUMED_MFU_SOURCE}; ${ROOFLINE_BANDWIDTH_SOURCE}`;

/** Sapphire Rapids: 56 cores, 2.0 GHz base, 350 W, 8 x DDR5-4800 (307.2 GB/s). Source: Intel ARK, Xeon Platinum 8480+. */
const SPR_CORE_COUNT = 56;
const SPR_BASE_HZ = 2.0e9;
const SPR_MEMORY_TBPS = 0.3072;
const SPR_WATTS = 350;
/** AVX-512: two 512-bit FMA units = 64 fp32 FLOP per cycle per core. Source: Intel 64 and IA-32 Optimization Reference Manual. */
const AVX512_FP32_FLOP_PER_CYCLE = 64;
/** AMX per core per cycle: 1,024 bf16 FLOP and 2,048 int8 OP. Source: Intel AMX overview (Intel Architecture Instruction Set Extensions). */
const AMX_BF16_FLOP_PER_CYCLE = 1024;
const AMX_INT8_OP_PER_CYCLE = 2048;

/** Zen 4 (EPYC 9004 Genoa): two 256-bit FMA pipes = 32 fp32 FLOP per cycle per core; AVX-512 BF16 doubles it, VNNI int8 quadruples it. Source: AMD EPYC 9004 product brief; AMD Zen 4 software optimization guide. */
const ZEN4_FP32_FLOP_PER_CYCLE = 32;
const ZEN4_BF16_RATIO = 2;
const ZEN4_INT8_RATIO = 4;
/** EPYC 9654 all-core boost 3.55 GHz; 96 cores; 12 x DDR5-4800 = 460.8 GB/s; 360 W. Source: AMD EPYC 9654 product page. */
const GENOA_ALL_CORE_HZ = 3.55e9;
const GENOA_SOCKET_CORE_COUNT = 96;
const GENOA_SOCKET_MEMORY_TBPS = 0.4608;
const GENOA_SOCKET_WATTS = 360;
/** Two vCPUs (hardware threads) per physical core. Source: Google Cloud CPU platforms documentation. */
const VCPUS_PER_CORE = 2;
/** Price per vCPU-hour (assumption: order of the on-demand list prices of AMD vCPUs, e.g. AWS m7a 0.058 USD per core-vCPU). */
const VCPU_HOUR_USD = 0.04;

const xeon: DeviceSpec = device(
  'XEON_8480_PLUS',
  'Intel Xeon Platinum 8480+ (56 cores, AMX)',
  {
    peakFp32Tflops: (SPR_CORE_COUNT * AVX512_FP32_FLOP_PER_CYCLE * SPR_BASE_HZ) / TERA,
    peak16BitTflops: (SPR_CORE_COUNT * AMX_BF16_FLOP_PER_CYCLE * SPR_BASE_HZ) / TERA,
    peakFp8Tflops: 0,
    peakInt8Tops: (SPR_CORE_COUNT * AMX_INT8_OP_PER_CYCLE * SPR_BASE_HZ) / TERA,
    peak4BitTops: 0,
    memoryBandwidthTBps: SPR_MEMORY_TBPS,
    memoryGB: 512,
    watts: SPR_WATTS,
  },
  {
    devicesPerNodeCount: 2,
    pricePerDeviceHourUsd: 5.65,
    mfuFraction: ASSUMED_MFU_FRACTION,
    memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
    confidentialModes: ['sgx', 'tdx'],
  },
  {
    datasheet:
      'Intel ARK Xeon Platinum 8480+: 56 cores, 2.0 GHz base, 350 W, 8 channels DDR5-4800 (307.2 GB/s); AVX-512 64 fp32 and AMX 1,024 bf16 / 2,048 int8 per core per cycle at base clock (derived); memory: 512 GB (assumption: 16 x 32 GB DIMMs)',
    node: 'assumption: a two-socket server',
    price:
      'AWS on-demand list price for m7i (Sapphire Rapids) about 0.0504 USD per vCPU-hour x 112 vCPUs per socket = 5.65 USD (derived)',
    efficiency,
    confidential: 'Intel 4th Gen Xeon Scalable: SGX and TDX (Intel TDX documentation)',
  },
);

/** Google Cloud c3d-highcpu shapes: vCPUs and memory (GB). Source: Google Cloud C3D machine series documentation. */
const C3D_SHAPES = [
  { vcpuCount: 4, memoryGB: 8 },
  { vcpuCount: 8, memoryGB: 16 },
  { vcpuCount: 16, memoryGB: 32 },
  { vcpuCount: 30, memoryGB: 59 },
  { vcpuCount: 60, memoryGB: 118 },
  { vcpuCount: 90, memoryGB: 177 },
  { vcpuCount: 180, memoryGB: 354 },
  { vcpuCount: 360, memoryGB: 708 },
] as const;

/** One c3d-highcpu VM as one device: its cores' share of a Genoa socket. */
function cloudVm(vcpuCount: number, memoryGB: number): DeviceSpec {
  const coreCount = vcpuCount / VCPUS_PER_CORE;
  const socketShare = coreCount / GENOA_SOCKET_CORE_COUNT;
  const fp32Tflops = (coreCount * ZEN4_FP32_FLOP_PER_CYCLE * GENOA_ALL_CORE_HZ) / TERA;
  return device(
    `C3D_HIGHCPU_${vcpuCount}`,
    `Cloud vCPU x ${vcpuCount} (Google Cloud c3d-highcpu-${vcpuCount}, AMD Genoa)`,
    {
      peakFp32Tflops: fp32Tflops,
      peak16BitTflops: fp32Tflops * ZEN4_BF16_RATIO,
      peakFp8Tflops: 0,
      peakInt8Tops: fp32Tflops * ZEN4_INT8_RATIO,
      peak4BitTops: 0,
      memoryBandwidthTBps: GENOA_SOCKET_MEMORY_TBPS * socketShare,
      memoryGB,
      watts: GENOA_SOCKET_WATTS * socketShare,
    },
    {
      devicesPerNodeCount: 1,
      pricePerDeviceHourUsd: VCPU_HOUR_USD * vcpuCount,
      mfuFraction: ASSUMED_MFU_FRACTION,
      memoryBandwidthEfficiencyFraction: ROOFLINE_BANDWIDTH_FRACTION,
      confidentialModes: [],
    },
    {
      datasheet: `Google Cloud c3d-highcpu-${vcpuCount}: ${vcpuCount} vCPU = ${coreCount} Zen 4 cores, ${memoryGB} GB; AMD EPYC 9654: 32 fp32 FLOP per core per cycle (x2 bf16, x4 int8 VNNI) at 3.55 GHz all-core boost; memory bandwidth and power are the cores' share of a 96-core socket's 460.8 GB/s and 360 W (assumption: the VM gets its share)`,
      node: 'assumption: one VM per node (as distributed-llama runs one worker per VM)',
      price: `assumption: ${VCPU_HOUR_USD} USD per vCPU-hour, the order of on-demand AMD vCPU list prices`,
      efficiency,
      confidential:
        'assumption: an ordinary VM (Google Cloud offers SEV confidential VMs on some shapes, not counted here)',
    },
  );
}

/** CPUs. */
export const CPU_KIND: DeviceKind = {
  id: 'cpu',
  label: 'CPU',
  devices: [xeon, ...C3D_SHAPES.map((shape) => cloudVm(shape.vcpuCount, shape.memoryGB))],
};
