// Matmul efficiency of a whole training step: the share of peak a step's matmuls sustain once the step's other
// kernels (layer norms, softmax and attention scores, dropout, the optimizer) are folded into them.

/**
 * Fitted (the one constant fitted for the datacentre-training cases): set so that Megatron-LM's GPT 1T on
 * 3,072 A100s (tensor 8, pipeline 64 interleaved, data 6, recomputation) reaches its published 52% of peak
 * in hardware FLOPs (Narayanan et al. 2021, arXiv 2104.04473, table 1). With Erdil and Schneider-Joseph's 0.7
 * for long runs of big matmuls alone the same run would reach 0.66. Other datacentre cases are predictions.
 */
export const STEP_MATMUL_FRACTION = 0.552;
