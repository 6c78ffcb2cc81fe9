// Parameter group of one node's hardware: the device (peak per precision, memory, power, price, achievable
// efficiencies, confidential-computing modes) and how many of them share a node. Defaults: 8 x H100 SXM, the
// same figures as the H100_SXM entry of the device catalogue (src/core/devices), which cites each one.
import { flagParam, numberParam } from '../spec';

const H100_DATASHEET = 'NVIDIA H100 Tensor Core GPU datasheet (SXM5), dense (without sparsity)';

/** Builds the flag of one confidential-computing mode. */
function modeFlag(label: string, defaultValue: boolean, description: string, source: string) {
  return flagParam({ label, default: defaultValue, description, source, advanced: true });
}

/** Hardware of one node. Defaults: one node of 8 x H100 SXM (see src/core/devices for the catalogue). */
export const HARDWARE_PARAMS = {
  gpusPerNodeCount: numberParam({
    label: 'Devices per node',
    unit: 'count',
    default: 8,
    min: 1,
    max: 1024,
    integer: true,
    description: 'Accelerators (GPUs, CPU sockets, boards) in one node, joined by a fast local interconnect.',
    source: 'INTELLECT-1 technical report: nodes of 8 x H100',
  }),
  peakFp32FlopPerS: numberParam({
    label: 'Peak fp32 compute per device',
    unit: 'FLOP/s',
    default: 67e12,
    min: 1e8,
    max: 1e17,
    scale: 'log',
    description: 'Dense fp32 peak of one device (vector units; tensor cores do not run plain fp32).',
    source: `${H100_DATASHEET}: 67 TFLOP/s fp32`,
  }),
  peakFlopPerS: numberParam({
    label: 'Peak 16-bit compute per device',
    unit: 'FLOP/s',
    default: 989e12,
    min: 1e8,
    max: 1e17,
    scale: 'log',
    description: 'Dense peak of one device at bf16/fp16 (tensor cores where the device has them).',
    source: `${H100_DATASHEET}: 989 TFLOP/s bf16`,
  }),
  peakFp8FlopPerS: numberParam({
    label: 'Peak fp8 compute per device',
    unit: 'FLOP/s',
    default: 1979e12,
    min: 0,
    max: 1e18,
    scale: 'log',
    description:
      'Dense fp8 peak; 0 when the device has no fp8 units (fp8 work then runs at the 16-bit peak).',
    source: `${H100_DATASHEET}: 1,979 TFLOP/s fp8`,
  }),
  peakInt8OpPerS: numberParam({
    label: 'Peak int8 compute per device',
    unit: 'OP/s',
    default: 1979e12,
    min: 0,
    max: 1e18,
    scale: 'log',
    description:
      'Dense int8 peak; 0 when the device has no int8 matrix units (int8 work then runs at the 16-bit peak).',
    source: `${H100_DATASHEET}: 1,979 TOPS int8`,
  }),
  peak4BitOpPerS: numberParam({
    label: 'Peak 4-bit compute per device',
    unit: 'OP/s',
    default: 0,
    min: 0,
    max: 1e18,
    scale: 'log',
    description:
      'Dense peak of native 4-bit matrix units (int4 on Turing/Ampere/Ada, fp4 on Blackwell); 0 when there are none (4-bit work then runs at the next wider native precision).',
    source: `${H100_DATASHEET}: no 4-bit tensor-core format listed`,
  }),
  memoryBandwidthTBps: numberParam({
    label: 'Memory bandwidth per device',
    unit: 'TB/s',
    default: 3.35,
    min: 0.001,
    max: 100,
    scale: 'log',
    description:
      'HBM or DRAM bandwidth; bounds single-stream decoding (every weight is read once per token).',
    source: `${H100_DATASHEET}: 3.35 TB/s`,
  }),
  memoryGB: numberParam({
    label: 'Memory per device',
    unit: 'GiB',
    default: 80,
    min: 0.25,
    max: 4096,
    scale: 'log',
    description:
      'Device memory in GB as vendors quote memory, which is GiB (2^30 bytes): an "80 GB" H100 holds 80 x 2^30 bytes. A model that does not fit is reported as infeasible on this placement.',
    source: `${H100_DATASHEET}: 80 GB; JEDEC JESD100B.01: giga as a prefix to semiconductor storage capacity = 2^30`,
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
    label: 'Power per device',
    unit: 'W',
    default: 700,
    min: 0.1,
    max: 5000,
    scale: 'log',
    description: 'Board power of one device (the energy metric adds nothing for host or cooling).',
    source: `${H100_DATASHEET}: up to 700 W`,
  }),
  pricePerGpuHourUsd: numberParam({
    label: 'Price per device-hour',
    unit: 'USD',
    default: 2.5,
    min: 0,
    max: 1000,
    description: 'Rental price of one device for one hour; drives cost per million tokens.',
    source: 'assumption: typical 2025 on-demand H100 rental range of 2-3 USD per GPU-hour',
  }),
  supportsSgx: modeFlag(
    'Intel SGX enclaves',
    false,
    'The node can run code in Intel SGX enclaves (process-level CPU TEE).',
    'Intel SGX documentation; the H100 catalogue entry assumes a host without SGX',
  ),
  supportsTdx: modeFlag(
    'Intel TDX VMs',
    false,
    'The node can run an Intel TDX confidential VM (VM-level CPU TEE).',
    'Intel TDX documentation; GPU CC modes run inside a TDX or SEV-SNP VM, counted with the GPU mode',
  ),
  supportsSevSnp: modeFlag(
    'AMD SEV-SNP VMs',
    false,
    'The node can run an AMD SEV-SNP confidential VM (VM-level CPU TEE).',
    'AMD SEV-SNP white paper; GPU CC modes run inside a TDX or SEV-SNP VM, counted with the GPU mode',
  ),
  supportsH100Cc: modeFlag(
    'H100 confidential computing',
    true,
    'The GPUs offer Hopper confidential computing (encrypted CPU-GPU transfers, GPU attestation) inside a CPU confidential VM.',
    'NVIDIA H100 datasheet and confidential-computing documentation; Phala benchmark (arXiv 2409.03992)',
  ),
  supportsBlackwellCc: modeFlag(
    'Blackwell confidential computing',
    false,
    'The GPUs offer Blackwell confidential computing (TEE-I/O, inline NVLink protection) inside a CPU confidential VM.',
    'NVIDIA Blackwell architecture technical brief: confidential computing',
  ),
} as const;
