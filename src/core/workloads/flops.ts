// Floating-point operations per token of a dense transformer, training and inference, including attention.
import type { Params } from '../params/table';

/**
 * Training FLOP per parameter per token: forward (2) plus backward (4).
 * Source: Kaplan et al. 2020, "Scaling laws for neural language models", C = 6N per token.
 */
export const TRAINING_FLOP_PER_PARAMETER = 6;
/** Inference (forward only) FLOP per parameter per token. Source: Kaplan et al. 2020, 2N per token. */
export const INFERENCE_FLOP_PER_PARAMETER = 2;
/**
 * Training attention FLOP per token per layer per hidden unit per context position: 12 L d T in total.
 * Source: PaLM (Chowdhery et al. 2022, arXiv 2204.02311) appendix B, the count MFU is usually quoted with.
 */
export const TRAINING_ATTENTION_FLOP_FACTOR = 12;
/** Forward-only share of the attention count: one third of 12, so 4 L d T per token. Source: as above. */
export const INFERENCE_ATTENTION_FLOP_FACTOR = 4;

/** FLOP to train on one token: 6N + 12 L d T (T the configured sequence length). */
export function trainingFlopPerToken(params: Params): number {
  const { parameterCount, layerCount, hiddenSize, sequenceLengthTokens } = params.model;
  return (
    TRAINING_FLOP_PER_PARAMETER * parameterCount +
    TRAINING_ATTENTION_FLOP_FACTOR * layerCount * hiddenSize * sequenceLengthTokens
  );
}

/** FLOP of one forward pass for one token that attends to `contextTokens` earlier tokens: 2N + 4 L d c. */
export function inferenceFlopPerToken(params: Params, contextTokens: number): number {
  const { parameterCount, layerCount, hiddenSize } = params.model;
  return (
    INFERENCE_FLOP_PER_PARAMETER * parameterCount +
    INFERENCE_ATTENTION_FLOP_FACTOR * layerCount * hiddenSize * contextTokens
  );
}
