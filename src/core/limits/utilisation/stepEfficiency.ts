// Matmul efficiency of a whole training step: the share of peak a step's matmuls sustain once the step's other
// kernels (layer norms, softmax and attention scores, dropout, the optimizer) are folded into them.

/**
 * Fitted (the one constant fitted for the datacentre-training cases): set so that Megatron-LM's GPT 1T on
 * 3,072 A100s (tensor 8, pipeline 64 interleaved, data 6, recomputation) reaches its published 52% of peak
 * in hardware FLOPs (Narayanan et al. 2021, arXiv 2104.04473, table 1). With Erdil and Schneider-Joseph's 0.7
 * for long runs of big matmuls alone the same run would reach 0.66. Other datacentre cases are predictions.
 */
export const STEP_MATMUL_FRACTION = 0.552;

/**
 * Share of the 16-bit peak a step's matmul work sustains when its weight matmuls (GEMMs) run on a format
 * `peakRatio` times faster (fp8 on Hopper: 1.69 achieved with casts, under the datasheet 1,979 / 989;
 * configuredRunDevice.ts). A 16-bit step spends stepFraction / gemmFraction of
 * its matmul time in the GEMMs themselves (at the achievable rate of long runs of big matmuls,
 * `gemmFraction`) and the rest in the kernels folded into the
 * step efficiency (norms, softmax, attention scores, casts), which stay 16-bit. Only the GEMM part speeds
 * up (Transformer Engine runs the matmuls of its linear layers in fp8 and keeps other operations in higher
 * precision). peakRatio 1 gives stepFraction back.
 */
export function stepMatmulFractionAt(stepFraction: number, gemmFraction: number, peakRatio: number): number {
  const gemmShare = Math.min(1, stepFraction / gemmFraction);
  return stepFraction / (gemmShare / peakRatio + (1 - gemmShare));
}
