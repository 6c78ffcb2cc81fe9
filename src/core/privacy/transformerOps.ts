// Operation counts of one transformer pass, for the cryptographic cost models (MPC, FHE): linear FLOP, which
// cryptography handles cheaply per operation, and non-linear elements (GeLU, softmax, LayerNorm inputs),
// which need comparisons, bootstrapping or many communication rounds.
import type { Params } from '../params/table';

/** Width of one attention head; BERT-base, GPT-2 and most LLaMA-family models use 64 or 128. */
export const ATTENTION_HEAD_SIZE = 64;
/** Feed-forward width over hidden size (BERT, GPT-2: 3072 / 768). Vaswani et al. 2017. */
export const FEED_FORWARD_EXPANSION_FACTOR = 4;
/** LayerNorms per transformer layer (one before or after attention, one around the MLP). */
export const LAYER_NORMS_PER_LAYER_COUNT = 2;
/** FLOP per multiply-accumulate. */
const FLOP_PER_MULTIPLY_ACCUMULATE = 2;
/** Attention matrix products per layer that scale with context (Q K^T and scores x V). */
const CONTEXT_MATRIX_PRODUCTS_PER_LAYER_COUNT = 2;

/** The model fields the operation counts need. */
export type ModelShape = Pick<Params['model'], 'parameterCount' | 'layerCount' | 'hiddenSize'>;

/** Attention heads of a model: hidden size / head size, at least one. */
export function attentionHeadCount(model: ModelShape): number {
  return Math.max(1, Math.round(model.hiddenSize / ATTENTION_HEAD_SIZE));
}

/**
 * Non-linear elements per token per pass: per layer, the GeLU inputs (4d), one softmax row per head over the
 * context, and the LayerNorm inputs (2d).
 */
export function nonlinearElementsPerToken(model: ModelShape, contextTokenCount: number): number {
  const perLayer =
    FEED_FORWARD_EXPANSION_FACTOR * model.hiddenSize +
    attentionHeadCount(model) * contextTokenCount +
    LAYER_NORMS_PER_LAYER_COUNT * model.hiddenSize;
  return model.layerCount * perLayer;
}

/** Linear FLOP per token per pass: 2N for the weights plus the two context-sized attention products. */
export function linearFlopPerToken(model: ModelShape, contextTokenCount: number): number {
  const attentionFlop =
    model.layerCount *
    CONTEXT_MATRIX_PRODUCTS_PER_LAYER_COUNT *
    FLOP_PER_MULTIPLY_ACCUMULATE *
    model.hiddenSize *
    contextTokenCount;
  return FLOP_PER_MULTIPLY_ACCUMULATE * model.parameterCount + attentionFlop;
}
