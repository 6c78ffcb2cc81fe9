// Parameter group of one node's hardware (defaults: 8 x H100 SXM; presets in src/core/presets/hardware.ts).
import { flagParam, numberParam } from '../spec';

/** Hardware of one node. Defaults: one node of 8 x H100 SXM (see presets/hardware.ts for others). */
export const HARDWARE_PARAMS = {
  gpusPerNodeCount: numberParam({
    label: 'GPUs per node',
    unit: 'count',
    default: 8,
    min: 1,
    max: 1024,
    integer: true,
    description: 'Accelerators in one node, joined by a fast local interconnect.',
    source: 'INTELLECT-1 technical report: nodes of 8 x H100',
  }),
  peakFlopPerS: numberParam({
    label: 'Peak compute per GPU',
    unit: 'FLOP/s',
    default: 989e12,
    min: 1e9,
    max: 1e17,
    scale: 'log',
    description: 'Dense peak of one GPU at the training or inference precision.',
    source: 'NVIDIA H100 SXM datasheet: 989 TFLOP/s dense bf16',
  }),
  memoryBandwidthTBps: numberParam({
    label: 'Memory bandwidth per GPU',
    unit: 'TB/s',
    default: 3.35,
    min: 0.01,
    max: 100,
    scale: 'log',
    description:
      'HBM or DRAM bandwidth; bounds single-stream decoding (every weight is read once per token).',
    source: 'NVIDIA H100 SXM datasheet: 3.35 TB/s',
  }),
  memoryGB: numberParam({
    label: 'Memory per GPU',
    unit: 'GB',
    default: 80,
    min: 1,
    max: 2048,
    scale: 'log',
    description: 'Device memory; a model that does not fit is reported as infeasible on this placement.',
    source: 'NVIDIA H100 SXM datasheet: 80 GB',
  }),
  mfuFraction: numberParam({
    label: 'Achievable utilization (MFU)',
    unit: 'fraction',
    default: 0.433,
    min: 0.01,
    max: 1,
    description:
      'Model FLOP utilization reached with no network stalls; the rest of the peak is lost in kernels.',
    source: 'INTELLECT-1 technical report: 43.3% MFU without communication; datacentre range 38-46% (Epoch)',
  }),
  memoryBandwidthEfficiencyFraction: numberParam({
    label: 'Achievable memory bandwidth',
    unit: 'fraction',
    default: 1,
    min: 0.01,
    max: 1,
    description:
      'Share of the peak memory bandwidth that decoding kernels reach (model bandwidth utilization); 1 gives the roofline bound.',
    source:
      'assumption: 1 (the roofline bound); measured values are set per scenario, e.g. about 0.31 for int8 BLOOM-176B',
    advanced: true,
  }),
  wattsPerGpu: numberParam({
    label: 'Power per GPU',
    unit: 'W',
    default: 700,
    min: 1,
    max: 5000,
    scale: 'log',
    description: 'Board power of one GPU (the energy metric adds nothing for host or cooling).',
    source: 'NVIDIA H100 SXM datasheet: 700 W',
  }),
  pricePerGpuHourUsd: numberParam({
    label: 'Price per GPU-hour',
    unit: 'USD',
    default: 2.5,
    min: 0,
    max: 100,
    description: 'Rental price of one GPU for one hour; drives cost per million tokens.',
    source: 'assumption: typical 2025 on-demand H100 rental range of 2-3 USD per GPU-hour',
  }),
  confidentialComputing: flagParam({
    label: 'Confidential computing',
    default: true,
    description: 'Whether the GPU supports a trusted execution mode (H100 does; consumer GPUs do not).',
    source: 'NVIDIA H100 confidential computing documentation; Phala benchmark (arXiv 2409.03992)',
  }),
} as const;
