// Inputs of the configured run beyond its split (part of the `limits` group): the number format of the
// weight matmuls and fp8's achieved GEMM speed-up, the tokens a time-to-train counts, and how many chips share the fast links.

import { choiceParam, numberParam } from '../../params/spec';

const TRANSFORMER_ENGINE =
  'NVIDIA Transformer Engine documentation, "Low precision training: introduction" (matrix multiplications run in low precision, other operations keep a higher one)';

/** Matmul precision, tokens to train and evaluate, and the fast-link domain of the configured run. */
export const CONFIGURED_RUN_TIMING_PARAMS = {
  configuredMatmulPrecision: choiceParam({
    label: 'Matmul format',
    options: ['bf16', 'fp8'] as const,
    default: 'bf16',
    description:
      'Format of the weight matmuls. fp8: they run limits.configuredFp8GemmSpeedup times faster than in 16 ' +
      'bits (at most the device’s fp8/16-bit peak ratio, hardware.peakFp8FlopPerS); the kernels folded into ' +
      'the step efficiency stay 16-bit. Utilisation is still counted against the 16-bit peak.',
    source: TRANSFORMER_ENGINE,
    advanced: true,
  }),
  configuredFp8GemmSpeedup: numberParam({
    label: 'Achieved fp8 GEMM speed-up',
    unit: 'x',
    default: 1.69,
    min: 1,
    max: 10,
    description:
      'How much faster a weight matmul (GEMM) runs in fp8 than in bf16, with its per-GEMM casts and scaling ' +
      'kernels, capped at the device’s datasheet fp8/bf16 peak ratio. Default: measured on Hopper (SM90) ' +
      'with Transformer Engine’s delayed-scaling recipe.',
    source:
      'NVIDIA Transformer Engine documentation, "GEMM Profiling Tutorial", worked example 5B model on H200 NVL ' +
      '(Hopper): all 12 linear-layer GEMMs of 24 layers take 768.3 ms in BF16 and 455.5 ms in FP8 ' +
      'DelayedScaling, autocast mode (quantization included): 1.69x, against the 2x datasheet ratio',
    advanced: true,
  }),
  configuredTrainTokenCount: numberParam({
    label: 'Tokens to train',
    unit: 'tokens',
    default: 0,
    min: 0,
    max: 1e15,
    description:
      '0: no time-to-train. Otherwise: tokens the run trains on; the configuredRunTimeToTrainMin metric is the ' +
      'steps this takes (tokens / batch tokens) times the step.',
    source: 'project choice, for benchmarks that time a run to a target (MLPerf Training)',
    advanced: true,
  }),
  configuredEvalTokenCount: numberParam({
    label: 'Tokens evaluated during the run',
    unit: 'tokens',
    default: 0,
    min: 0,
    max: 1e15,
    description:
      'Tokens of the evaluations inside the timed run, each a forward pass: 2 of a training step’s 6 FLOP per ' +
      'parameter and token, timed at the step’s own utilisation.',
    source: 'Kaplan et al. 2020 (arXiv 2001.08361), section 2.1: forward pass 2N FLOP per token, training 6N',
    advanced: true,
  }),
  configuredFastLinkDomainGpuCount: numberParam({
    label: 'Chips sharing the fast links',
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e6,
    integer: true,
    description:
      '0: the device’s GPUs per node (an NVLink domain). Otherwise: the chips whose collectives use ' +
      'limits.nvlinkBandwidthGBps, e.g. a TPU pod whose 3D-torus links (ICI) join all its chips; groups ' +
      'spanning more use limits.scaleOutBandwidthGBps.',
    source:
      'Google Cloud TPU v4 documentation: chips of a slice communicate over ICI, slices over the data-centre network',
    advanced: true,
  }),
} as const;
