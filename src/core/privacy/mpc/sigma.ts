// GPU function secret sharing (SIGMA, Gupta et al., PoPETs 2024): a dealer prepares keys offline; online,
// each gate reveals one masked value per party and the GPUs evaluate the keys. One constant, the GPU time
// per non-linear element, is fitted to SIGMA's GPT-2 latency; its other latencies are predictions.
import type { MpcKindCost, MpcProtocol } from './types';

/** Bytes per revealed masked value: one 64-bit ring element per party, 2 parties. */
const REVEAL_BYTES = 2 * 8;

/**
 * One NVIDIA RTX A6000 per party (the artifact builds for GPU_ARCH 86). 38.7 TFLOP/s fp32 peak (datasheet) at
 * 43.3% sustained; the 64-bit ring products are taken as 4 fp32-rate operations each (assumption).
 */
const A6000 = {
  label: 'NVIDIA RTX A6000 per party',
  effectiveFlopPerS: 38.7e12 * 0.433,
  source: 'NVIDIA RTX A6000 datasheet (38.7 TFLOP/s fp32); mpc-msri/EzPC GPU-MPC sigma README (GPU_ARCH=86)',
};

/**
 * GPU seconds per non-linear element (key evaluation: about 40 AES calls per comparison on 64-bit inputs),
 * fitted to GPT-2 at 128 tokens on a 10 Gbit/s, 0.1 ms LAN: (1.6 s - 0.028 s of rounds - 0.335 s of traffic
 * - 0.008 s of matmuls) / 15.87 M non-linear elements (GPT-2 with its 50,257-token output layer) = 7.74e-8.
 * Refitted from the same figure when the linear-output count stopped counting the feed-forward outputs once
 * per layer too often (11.8 M revealed outputs instead of 63.7 M, so 0.335 s of traffic instead of 0.667 s);
 * the old value was 5.65e-8.
 */
export const SIGMA_GPU_SECONDS_PER_NONLINEAR_ELEMENT = 7.74e-8;

function gate(revealCount: number, roundsPerLayer: number): MpcKindCost {
  return {
    bytesPerElement: revealCount * REVEAL_BYTES,
    bytesPerRow: 0,
    computeSPerElement: SIGMA_GPU_SECONDS_PER_NONLINEAR_ELEMENT,
    roundsPerLayer,
  };
}

/** SIGMA: 2-party FSS with GPU key evaluation. Reveal counts per gate follow the paper's protocol outlines. */
export const SIGMA_2PC_GPU: MpcProtocol = {
  label: 'SIGMA (2-party function secret sharing on GPUs)',
  referencePartyCount: 2,
  hardware: A6000,
  linearComputeFactorRatio: 4,
  // Each product's output is truncated by one FSS gate: one reveal per output value.
  linearBytesPerOutputElement: REVEAL_BYTES,
  linearBytesPerWeightPerPass: 0,
  linearRoundsPerLayer: 6,
  nonlinear: {
    // max tree (one comparison per element), exp by lookup, product by the row's reciprocal.
    softmax: gate(3, 3),
    gelu: gate(2, 2),
    silu: gate(2, 2),
    // square, inverse square root by lookup per row (folded in), scale.
    normalization: gate(2, 4),
    relu: gate(1, 1),
    pooling: gate(1, 1),
    vocabularyOutput: gate(3, 3),
  },
  transportEfficiencyFraction: 1,
  softmaxRoundsPerContextDoubling: 1,
  basis: {
    kind: 'fitted',
    caseId: 'sigma-fss-gpu-llama2-13b-gpt2',
    note: 'GPU seconds per non-linear element fitted to the GPT-2 latency (1.6 s); the reveal counts and the A6000 rate are not fitted',
  },
  source: 'SIGMA (Gupta et al., PoPETs 2024, ePrint 2023/1269)',
};
