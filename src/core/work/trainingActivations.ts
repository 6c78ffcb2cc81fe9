// Activation memory of training: the bytes one item (a sequence, or one image or input vector) keeps from
// the forward pass for the backward pass, counted tensor by tensor after Korthikanti et al. 2022 ("Reducing
// activation recomputation in large transformer models", arXiv 2205.05198, section 4.1: s b h (34 + 5 a s / h)
// bytes per layer at 16 bits for a GPT layer). The workload divides these bytes over tensor-parallel GPUs,
// pipeline stages and the micro-batches in flight (src/core/workloads/trainingActivationMemory.ts).
import { walkLayers } from '../models/layerList';
import type { LayerListArchitecture, TransformerArchitecture } from '../models/types';
import type { ActivationRecomputation } from './recomputation';

/**
 * Bytes of one dropout-mask element: PyTorch keeps dropout masks as one byte per element (the 1-byte
 * terms s b h and a s^2 b of Korthikanti et al. 2022, section 4.1).
 */
export const DROPOUT_MASK_BYTES_PER_VALUE = 1;
/** Dropout masks per transformer layer on hidden-sized tensors: after attention and after the MLP (ibid.). */
const HIDDEN_DROPOUT_MASKS_PER_LAYER_COUNT = 2;
/**
 * Attention-score tensors the backward pass reads per head: the softmax output and its dropout output (2
 * bytes each at 16 bits) beside the 1-byte dropout mask: the 5 a s^2 b term (ibid.).
 */
const SCORE_TENSORS_PER_HEAD_COUNT = 2;
/** Inputs of the two normalisations of a layer (LayerNorm or RMSNorm), one hidden vector each (ibid.: 4 s b h). */
const NORMALIZATION_INPUTS_PER_LAYER_COUNT = 2;
/**
 * Feed-forward tensors of hidden width the backward pass reads: the input to the first linear and the
 * activation's input and output (ibid.: 2 + 8 + 8 bytes per token at 16 bits); a gated feed-forward keeps
 * the gate and up projections, the activation's output and their product (four of the FFN width).
 */
const PLAIN_FEED_FORWARD_WIDE_TENSOR_COUNT = 2;
const GATED_FEED_FORWARD_WIDE_TENSOR_COUNT = 4;
/**
 * Bytes per logit kept for the cross-entropy loss: logits are computed in 32-bit floating point, 4 s b v
 * bytes at the last stage (Korthikanti et al. 2022, section 4.3).
 */
export const LOGIT_BYTES_PER_VALUE = 4;
/** Hidden vectors kept at the output: the final normalisation's input and the output projection's input. */
const OUTPUT_HIDDEN_TENSOR_COUNT = 2;

/** The configuration the stored bytes depend on. */
export interface ActivationStorage {
  recomputation: ActivationRecomputation;
  /**
   * FlashAttention (Dao et al. 2022, arXiv 2205.14135) never writes the s x s scores to memory and
   * recomputes them in the backward pass, so the a s term is gone; its per-row softmax statistics (a values
   * per token, under 0.1% of the rest at h = 4096) are left out.
   */
  flashAttention: boolean;
  activationBytesPerValue: number;
  sequenceLengthTokens: number;
}

/** What one item keeps for the backward pass, in bytes, before any tensor-parallel split. */
export interface TrainingActivationBytes {
  /** Over all layers (transformer blocks, or every layer of a CNN or MLP). */
  layersBytesPerItem: number;
  /** At the output (final norm, projection input and fp32 logits), held by the last pipeline stage only. */
  outputBytesPerItem: number;
}

/** Feed-forward values one token keeps in one layer: per expert it is routed to, for a MoE layer. */
function feedForwardValues(model: TransformerArchitecture, width: number, pathCount: number): number {
  const wide = model.gatedFeedForward
    ? GATED_FEED_FORWARD_WIDE_TENSOR_COUNT
    : PLAIN_FEED_FORWARD_WIDE_TENSOR_COUNT;
  return pathCount * (model.hiddenSize + wide * width);
}

/** Bytes one token keeps in one layer whose feed-forward keeps `feedForwardValueCount` values. */
function layerBytesPerToken(
  model: TransformerArchitecture,
  feedForwardValueCount: number,
  storage: ActivationStorage,
): number {
  const queryWidth = model.attentionHeadCount * model.headSize;
  const keyValueWidth = model.keyValueHeadCount * model.headSize;
  // Input of the Q/K/V projections, Q, K and V for the scores and values, and the output projection's input.
  const attentionValues = model.hiddenSize + queryWidth + 2 * keyValueWidth + queryWidth;
  const normalizationValues = NORMALIZATION_INPUTS_PER_LAYER_COUNT * model.hiddenSize;
  const values = attentionValues + feedForwardValueCount + normalizationValues;
  const maskBytes = HIDDEN_DROPOUT_MASKS_PER_LAYER_COUNT * model.hiddenSize * DROPOUT_MASK_BYTES_PER_VALUE;
  const scoresKept = storage.recomputation === 'none' && !storage.flashAttention;
  const scoreBytes = scoresKept
    ? model.attentionHeadCount *
      storage.sequenceLengthTokens *
      (SCORE_TENSORS_PER_HEAD_COUNT * storage.activationBytesPerValue + DROPOUT_MASK_BYTES_PER_VALUE)
    : 0;
  return values * storage.activationBytesPerValue + maskBytes + scoreBytes;
}

/**
 * Training activation bytes of one sequence through a transformer. Full recomputation keeps only each
 * layer's input (2 s b h bytes per layer at 16 bits, ibid. section 5); otherwise every tensor above, with the
 * scores only when neither selective recomputation nor FlashAttention removes them.
 */
export function transformerActivationBytes(
  model: TransformerArchitecture,
  storage: ActivationStorage,
): TrainingActivationBytes {
  const tokens = storage.sequenceLengthTokens;
  const experts = model.experts;
  const denseLayers = experts ? Math.min(model.layerCount, experts.denseLayerCount) : model.layerCount;
  const expertLayers = model.layerCount - denseLayers;
  const perTokenLayers =
    storage.recomputation === 'full'
      ? model.layerCount * model.hiddenSize * storage.activationBytesPerValue
      : denseLayers * layerBytesPerToken(model, feedForwardValues(model, model.feedForwardSize, 1), storage) +
        (experts
          ? expertLayers *
            layerBytesPerToken(
              model,
              feedForwardValues(
                model,
                experts.expertFeedForwardSize,
                experts.activeExpertCount + experts.sharedExpertCount,
              ),
              storage,
            )
          : 0);
  const outputPerToken =
    model.family === 'decoder'
      ? OUTPUT_HIDDEN_TENSOR_COUNT * model.hiddenSize * storage.activationBytesPerValue +
        model.vocabularySize * LOGIT_BYTES_PER_VALUE
      : 0;
  return { layersBytesPerItem: tokens * perTokenLayers, outputBytesPerItem: tokens * outputPerToken };
}

/**
 * Training activation bytes of one image or input vector through a CNN or MLP: every layer's output tensor
 * (the input of the next layer's backward), shortcut branches included. Recomputation is not modelled for
 * layer lists.
 */
export function layerListActivationBytes(
  model: LayerListArchitecture,
  activationBytesPerValue: number,
): TrainingActivationBytes {
  const values = walkLayers(model).reduce(
    (sum, layer) => sum + layer.outputShape.reduce((product, size) => product * size, 1),
    0,
  );
  return { layersBytesPerItem: values * activationBytesPerValue, outputBytesPerItem: 0 };
}
