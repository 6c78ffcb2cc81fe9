// Weights of a transformer, part by part, from its shape: what the parameter count is made of, which weights
// a token passes through (active: shared parts plus the experts it is routed to), and which of those multiply
// activations (the N of the 6N and 2N FLOP rules: the input embedding and position tables are look-ups,
// norm gains and biases are element-wise).
import type { TransformerArchitecture } from './types';

/** Weight matrices of a gated feed-forward (gate, up, down) and of a plain one (up, down). */
export const GATED_FEED_FORWARD_MATRIX_COUNT = 3;
export const PLAIN_FEED_FORWARD_MATRIX_COUNT = 2;
/** Normalisations per transformer layer: before (or after) attention and before the feed-forward. */
export const NORMALIZATIONS_PER_LAYER_COUNT = 2;
/** Weights per normalised value: LayerNorm has a gain and a bias, RMSNorm a gain only. */
const LAYER_NORM_WEIGHTS_PER_VALUE = 2;
const RMS_NORM_WEIGHTS_PER_VALUE = 1;

/** The weights of one transformer, by part. */
export interface TransformerWeights {
  /** Input embedding table V x d (a look-up, no multiply). */
  embeddingCount: number;
  /** Learned position table (a look-up). */
  positionCount: number;
  /** Attention projections of one layer (matrices only). */
  attentionMatrixPerLayerCount: number;
  /** Feed-forward matrices of one dense layer. */
  denseFeedForwardMatrixCount: number;
  /** Feed-forward matrices of one MoE layer: all experts (shared and routed) plus the router. */
  expertLayerMatrixCount: number;
  /** Feed-forward matrices one token passes through in one MoE layer: shared, top-k experts, router. */
  activeExpertLayerMatrixCount: number;
  /** Biases and normalisation weights of one layer (element-wise). */
  elementWisePerLayerCount: number;
  /** Output projection to the vocabulary when not tied to the embedding (decoders only). */
  untiedOutputCount: number;
  /** Weights of all routed experts over all MoE layers (0 for a dense model). */
  routedExpertCount: number;
  /** Weights the pattern does not cover, taken from the source. */
  extraCount: number;
  /** Everything: the model's parameter count N. */
  totalCount: number;
  /** Weights one token passes through. */
  activeCount: number;
  /** Active weights that multiply activations per token: the N of "2N FLOP per token forward". */
  activeMatrixCount: number;
}

/** Layers with a dense feed-forward and layers with experts. */
export function layerSplit(model: TransformerArchitecture): { dense: number; expert: number } {
  if (!model.experts) return { dense: model.layerCount, expert: 0 };
  const dense = Math.min(model.layerCount, model.experts.denseLayerCount);
  return { dense, expert: model.layerCount - dense };
}

function feedForwardMatrices(model: TransformerArchitecture, width: number): number {
  const matrices = model.gatedFeedForward ? GATED_FEED_FORWARD_MATRIX_COUNT : PLAIN_FEED_FORWARD_MATRIX_COUNT;
  return matrices * model.hiddenSize * width;
}

/** Attention projection weights of one layer: Q, K, V, O, or the latent-attention equivalents. */
export function attentionMatrices(model: TransformerArchitecture): number {
  const { hiddenSize: d, attentionHeadCount: heads, headSize, keyValueHeadCount } = model;
  const latent = model.latentAttention;
  if (!latent) return 2 * d * heads * headSize + 2 * d * keyValueHeadCount * headSize;
  const queryHeadSize = headSize + latent.ropeHeadSize;
  const query =
    latent.queryLatentSize > 0
      ? d * latent.queryLatentSize + latent.queryLatentSize * heads * queryHeadSize
      : d * heads * queryHeadSize;
  const keyValue =
    d * (latent.keyValueLatentSize + latent.ropeHeadSize) + latent.keyValueLatentSize * heads * 2 * headSize;
  return query + keyValue + heads * headSize * d;
}

function elementWisePerLayer(model: TransformerArchitecture): number {
  const normWeights =
    model.normalization === 'layer' ? LAYER_NORM_WEIGHTS_PER_VALUE : RMS_NORM_WEIGHTS_PER_VALUE;
  const norms = NORMALIZATIONS_PER_LAYER_COUNT * normWeights * model.hiddenSize;
  if (!model.linearBiases) return norms;
  const { hiddenSize: d, attentionHeadCount: heads, keyValueHeadCount, headSize } = model;
  const attentionBiases = heads * headSize + 2 * keyValueHeadCount * headSize + d;
  const feedForwardBiases = (model.gatedFeedForward ? 2 : 1) * model.feedForwardSize + d;
  return norms + attentionBiases + feedForwardBiases;
}

/** The weights of a transformer, part by part. */
export function transformerWeights(model: TransformerArchitecture): TransformerWeights {
  const d = model.hiddenSize;
  const layers = layerSplit(model);
  const embeddingWidth = model.embeddingSize ?? d;
  const embeddingCount = model.vocabularySize * embeddingWidth;
  const positionCount = model.learnedPositionCount * embeddingWidth;
  const projectionMatrixCount = model.embeddingSize === undefined ? 0 : embeddingWidth * d;
  const projectionBiasCount = model.embeddingSize === undefined || !model.linearBiases ? 0 : d;
  const weightLayerCount = Math.min(model.layerWeightSetCount ?? model.layerCount, model.layerCount);
  const denseWeightLayerCount = Math.min(layers.dense, weightLayerCount);
  const attentionMatrixPerLayerCount = attentionMatrices(model);
  const denseFeedForwardMatrixCount = feedForwardMatrices(model, model.feedForwardSize);
  const experts = model.experts;
  const expertMatrices = experts ? feedForwardMatrices(model, experts.expertFeedForwardSize) : 0;
  const routerCount = experts ? d * experts.expertCount : 0;
  const expertLayerMatrixCount = experts
    ? (experts.expertCount + experts.sharedExpertCount) * expertMatrices + routerCount
    : 0;
  const activeExpertLayerMatrixCount = experts
    ? (experts.activeExpertCount + experts.sharedExpertCount) * expertMatrices + routerCount
    : 0;
  const elementWisePerLayerCount = elementWisePerLayer(model);
  const finalNormCount = model.normalization === 'layer' ? LAYER_NORM_WEIGHTS_PER_VALUE * d : d;
  const decoderHead = model.family === 'decoder';
  const untiedOutputCount = decoderHead && !model.tiedEmbeddings ? model.vocabularySize * d : 0;
  const shared =
    embeddingCount +
    positionCount +
    weightLayerCount * (attentionMatrixPerLayerCount + elementWisePerLayerCount) +
    denseWeightLayerCount * denseFeedForwardMatrixCount +
    projectionMatrixCount +
    projectionBiasCount +
    finalNormCount +
    untiedOutputCount +
    model.extraParameterCount;
  const outputMatrixCount = decoderHead ? model.vocabularySize * d : 0;
  const activeMatrixCount =
    projectionMatrixCount +
    model.layerCount * attentionMatrixPerLayerCount +
    layers.dense * denseFeedForwardMatrixCount +
    layers.expert * activeExpertLayerMatrixCount +
    outputMatrixCount;
  return {
    embeddingCount,
    positionCount,
    attentionMatrixPerLayerCount,
    denseFeedForwardMatrixCount,
    expertLayerMatrixCount,
    activeExpertLayerMatrixCount,
    elementWisePerLayerCount,
    untiedOutputCount,
    extraCount: model.extraParameterCount,
    routedExpertCount: experts ? layers.expert * experts.expertCount * expertMatrices : 0,
    totalCount: shared + layers.expert * expertLayerMatrixCount,
    activeCount: shared + layers.expert * activeExpertLayerMatrixCount,
    activeMatrixCount,
  };
}
