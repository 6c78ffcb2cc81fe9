// Parameters of trusted execution (group `tee`): the mode, the breach probability, the software-encrypted
// GPU-GPU rate, and what a model load needs (the plain link rate, the host CPU clock that sets the H100
// bounce-buffer encryption rate, a measured plain load time and the share of time a swapping server loads).
import { CONFIDENTIAL_MODES } from '../devices/confidentialModes';
import { choiceParam, numberParam } from '../params/spec';

/** Parameters of trusted execution (group `tee`). */
export const TEE_PARAMS = {
  mode: choiceParam({
    label: 'Confidential-computing mode',
    options: ['auto', ...CONFIDENTIAL_MODES.map((mode) => mode.id)],
    default: 'auto',
    description:
      'Which trusted execution mode runs the job: a GPU mode (H100 or Blackwell CC) or a CPU mode (SGX, TDX, SEV-SNP). Auto picks the device’s GPU mode, else its CPU mode. The device must support the mode.',
    source: 'NVIDIA H100 and Blackwell CC documentation; Intel SGX/TDX; AMD SEV-SNP',
  }),
  breachProbabilityFraction: numberParam({
    label: 'Probability the TEE is broken',
    unit: 'fraction',
    default: 0.01,
    min: 0,
    max: 1,
    scale: 'linear',
    description:
      'Chance over the job that the hardware vendor or a side channel defeats the enclave, so an adversarial operator can read the data or forge results.',
    source:
      'assumption: set it to your threat model (the domain specification, section 4, leaves it to the user)',
  }),
  encryptedTransferGBps: numberParam({
    label: 'Software-encrypted GPU-GPU rate',
    unit: 'GB/s',
    default: 4,
    min: 0.1,
    max: 1000,
    scale: 'log',
    description:
      'Throughput of GPU-GPU traffic that H100 CC encrypts through CPU bounce buffers (AES-GCM on the host).',
    source:
      'assumption: a few GB/s of CPU-side AES-GCM; Lee et al. 2025 (arXiv 2501.11771) measure 8.68x average slowdown of 4-GPU data-parallel training in GPU TEEs',
  }),
  hostToDeviceGBps: numberParam({
    label: 'Plain host-to-device copy rate',
    unit: 'GB/s',
    default: 64,
    min: 0.1,
    max: 1000,
    scale: 'log',
    description:
      'Rate of copying weights from host memory onto one GPU without confidential computing: the PCIe link of the GPU, one direction.',
    source:
      'NVIDIA H100 Tensor Core GPU datasheet: PCIe Gen5 128 GB/s (both directions), so 64 GB/s each way',
  }),
  hostCpuClockGHz: numberParam({
    label: 'Host CPU core clock',
    unit: 'GHz',
    default: 2,
    min: 0.5,
    max: 6,
    scale: 'linear',
    description:
      'Clock of the host core that encrypts H100 confidential-computing copies (AES-GCM into the bounce buffer, one core per copy). Sets the encrypted copy rate: clock over 0.64 cycles per byte.',
    source:
      'assumption: the base clock of the Intel Xeon Platinum 8480C in the NVIDIA DGX H100 (DGX H100 datasheet: 2 x 8480C; Intel: 2.0 GHz base, 3.8 GHz turbo)',
  }),
  plainModelLoadSeconds: numberParam({
    label: 'Measured plain load time of one model',
    unit: 's',
    default: 0,
    min: 0,
    max: 100000,
    scale: 'linear',
    description:
      'Wall time of loading one model onto the GPU without confidential computing, from storage to GPU. The part beyond the host-to-device copy is host-side work (reading, deserialising, converting) that confidential mode does not slow. 0 means a load is the copy alone.',
    source: 'input: read it from a plain-mode serving or loading log',
  }),
  modelSwapLoadShareFraction: numberParam({
    label: 'Share of plain serving time spent swapping models in',
    unit: 'fraction',
    default: 0,
    min: 0,
    max: 0.99,
    scale: 'linear',
    description:
      'For a server that swaps several models through one GPU: the share of its wall time, without confidential computing, spent loading weights onto the GPU. 0 means the weights stay resident. Confidential mode stretches that share by the model-load slowdown.',
    source: 'input: read it from a plain-mode serving log (load time over total time)',
  }),
} as const;
