// Operation counts of one pass through the model, by kind, for the cryptographic cost models (MPC, FHE, zk):
// matmul and attention FLOP (cheap per operation under cryptography) and non-linear elements by kind
// (softmax, GeLU, SiLU, normalisation, ReLU, pooling, the vocabulary output), which cost comparisons,
// bootstraps, lookups or many communication rounds. Transformers are derived from the model shape; other
// architectures (CNNs, MLPs) are given per input through the `workShape` group. A catalogue transformer takes
// its heads, activation, feed-forward width and vocabulary from its architecture, the same source the shared
// work description (src/core/work) reads; only custom shapes use the `workShape` group's fields.
import { architectureOf } from '../models/fromParams';
import { isLayerList } from '../models/types';
import type { Params } from '../params/table';

/** The kinds of non-linear operation the cost models price separately. */
export const NONLINEAR_KINDS = [
  'softmax',
  'gelu',
  'silu',
  'normalization',
  'relu',
  'pooling',
  'vocabularyOutput',
] as const;

/** One kind of non-linear operation. */
export type NonlinearKind = (typeof NONLINEAR_KINDS)[number];

/** Non-linear element counts by kind. */
export type NonlinearCounts = Record<NonlinearKind, number>;

/** The operations of one pass over `tokenCount` tokens (or one input, for non-transformers). */
export interface PassOperations {
  /** FLOP of the weight matmuls (2 per multiply-accumulate). */
  matmulFlop: number;
  /** FLOP of the context-dependent attention products (Q K^T and scores x V). */
  attentionFlop: number;
  /** Values leaving the linear layers (the inputs of the next non-linear step), over all layers. */
  linearOutputElementCount: number;
  nonlinear: NonlinearCounts;
  /** Layers that run one after another (each costs an interactive protocol its per-layer rounds). */
  sequentialLayerCount: number;
}

/** Width of one attention head (BERT-base, GPT-2 and most LLaMA-family models use 64 or 128). */
export const ATTENTION_HEAD_SIZE = 64;
/** LayerNorms (or RMSNorms) per transformer layer: one around attention, one around the MLP. */
export const NORMALIZATIONS_PER_LAYER_COUNT = 2;
/** FLOP per multiply-accumulate. */
export const FLOP_PER_MULTIPLY_ACCUMULATE = 2;
/** Attention matrix products per layer that scale with context (Q K^T and scores x V). */
const CONTEXT_MATRIX_PRODUCTS_PER_LAYER_COUNT = 2;
/** Linear layers per transformer layer whose outputs are activations: Q, K, V, output, FFN up and down. */
const LINEAR_OUTPUTS_PER_LAYER_COUNT = 6;

/** A record with every non-linear kind at zero. */
export function zeroNonlinearCounts(): NonlinearCounts {
  return { softmax: 0, gelu: 0, silu: 0, normalization: 0, relu: 0, pooling: 0, vocabularyOutput: 0 };
}

/** Sum of all non-linear elements. */
export function totalNonlinearCount(counts: NonlinearCounts): number {
  return NONLINEAR_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** Attention heads of a model: hidden size / head size, at least one. */
export function attentionHeadCount(hiddenSize: number): number {
  return Math.max(1, Math.round(hiddenSize / ATTENTION_HEAD_SIZE));
}

/** The shape fields of a transformer the counts need. */
export interface TransformerCountShape {
  attentionHeadCount: number;
  activation: 'gelu' | 'silu' | 'relu';
  /** Activation elements per token per layer (the feed-forward width; active experts' widths for MoE). */
  feedForwardWidthCount: number;
  vocabularySizeCount: number;
}

/**
 * Heads, activation, feed-forward width and vocabulary: from the catalogue architecture when the model is a
 * catalogue transformer (an encoder has no vocabulary output), else from the `workShape` group.
 */
export function transformerCountShape(params: Params): TransformerCountShape {
  const shape = params.workShape;
  const custom: TransformerCountShape = {
    attentionHeadCount: attentionHeadCount(params.model.hiddenSize),
    activation: shape.activation,
    feedForwardWidthCount: shape.feedForwardExpansionRatio * params.model.hiddenSize,
    vocabularySizeCount: shape.vocabularySizeCount,
  };
  if (params.model.architecture === 'custom') return custom;
  const model = architectureOf(params);
  if (isLayerList(model)) return custom;
  const experts = model.experts;
  return {
    attentionHeadCount: model.attentionHeadCount,
    activation: model.activation === 'silu' ? 'silu' : model.activation === 'relu' ? 'relu' : 'gelu',
    feedForwardWidthCount: experts
      ? (experts.activeExpertCount + experts.sharedExpertCount) * experts.expertFeedForwardSize
      : model.feedForwardSize,
    vocabularySizeCount: model.family === 'decoder' ? model.vocabularySize : 0,
  };
}

/**
 * Operations of one transformer pass over `tokenCount` new tokens, each attending to `contextTokenCount`
 * tokens; `logitTokenCount` of them produce a row of vocabulary logits (a whole-sequence forward computes
 * them at every position, as the Hugging Face and Flax models do; a decode step at one).
 */
export function transformerPassOperations(
  params: Params,
  tokenCount: number,
  contextTokenCount: number,
  logitTokenCount: number,
): PassOperations {
  const { layerCount, hiddenSize, parameterCount } = params.model;
  const shape = transformerCountShape(params);
  const feedForwardElements = tokenCount * layerCount * shape.feedForwardWidthCount;
  const nonlinear = zeroNonlinearCounts();
  nonlinear[shape.activation] = feedForwardElements;
  nonlinear.softmax = tokenCount * layerCount * shape.attentionHeadCount * contextTokenCount;
  nonlinear.normalization = tokenCount * layerCount * NORMALIZATIONS_PER_LAYER_COUNT * hiddenSize;
  nonlinear.vocabularyOutput = logitTokenCount * shape.vocabularySizeCount;
  return {
    matmulFlop: tokenCount * FLOP_PER_MULTIPLY_ACCUMULATE * parameterCount,
    attentionFlop:
      tokenCount *
      layerCount *
      CONTEXT_MATRIX_PRODUCTS_PER_LAYER_COUNT *
      FLOP_PER_MULTIPLY_ACCUMULATE *
      hiddenSize *
      contextTokenCount,
    linearOutputElementCount:
      tokenCount * layerCount * (LINEAR_OUTPUTS_PER_LAYER_COUNT * hiddenSize + shape.feedForwardWidthCount),
    nonlinear,
    sequentialLayerCount: layerCount,
  };
}

/**
 * Operations of one forward pass of a non-transformer model (CNN, MLP) over `inputCount` inputs, from the
 * per-input counts in the `workShape` group.
 */
export function customPassOperations(params: Params, inputCount: number): PassOperations {
  const shape = params.workShape;
  const nonlinear = zeroNonlinearCounts();
  nonlinear.relu = shape.reluElementsPerInputCount * inputCount;
  nonlinear.pooling = shape.poolingElementsPerInputCount * inputCount;
  nonlinear.softmax = shape.outputClassCount * inputCount;
  return {
    matmulFlop: shape.matmulFlopPerInput * inputCount,
    attentionFlop: 0,
    linearOutputElementCount: (shape.reluElementsPerInputCount + shape.outputClassCount) * inputCount,
    nonlinear,
    sequentialLayerCount: params.model.layerCount,
  };
}

/** Adds several passes' operations (counts add; sequential layers add too, as the passes run in turn). */
export function addPassOperations(passes: readonly PassOperations[]): PassOperations {
  const nonlinear = zeroNonlinearCounts();
  let matmulFlop = 0;
  let attentionFlop = 0;
  let linearOutputElementCount = 0;
  let sequentialLayerCount = 0;
  for (const pass of passes) {
    matmulFlop += pass.matmulFlop;
    attentionFlop += pass.attentionFlop;
    linearOutputElementCount += pass.linearOutputElementCount;
    sequentialLayerCount += pass.sequentialLayerCount;
    for (const kind of NONLINEAR_KINDS) nonlinear[kind] += pass.nonlinear[kind];
  }
  return { matmulFlop, attentionFlop, linearOutputElementCount, nonlinear, sequentialLayerCount };
}

/** Scales the counts of a pass by a factor (batch or training passes); sequential layers stay. */
export function scalePassOperations(pass: PassOperations, factor: number): PassOperations {
  const nonlinear = zeroNonlinearCounts();
  for (const kind of NONLINEAR_KINDS) nonlinear[kind] = pass.nonlinear[kind] * factor;
  return {
    matmulFlop: pass.matmulFlop * factor,
    attentionFlop: pass.attentionFlop * factor,
    linearOutputElementCount: pass.linearOutputElementCount * factor,
    nonlinear,
    sequentialLayerCount: pass.sequentialLayerCount,
  };
}
