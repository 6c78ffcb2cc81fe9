// The work of one pass through a transformer: weights-times-activations FLOP (2 per multiply-add over the
// active weights, Kaplan et al. 2020), attention FLOP over the attended context, non-linear elements by kind
// and the per-layer split with shapes.
import { layerSplit, type TransformerWeights } from '../models/transformerWeights';
import type { TransformerArchitecture } from '../models/types';
import type { PassShape } from './passShape';
import { emptyNonLinearCounts, type LayerWork, type NonLinearElementCounts, type PassKind } from './types';

/** FLOP per multiply-add. */
export const FLOP_PER_MULTIPLY_ADD = 2;
/** Training FLOP over forward FLOP: the backward pass costs twice the forward (Kaplan et al. 2020: 6N vs 2N). */
export const TRAINING_PASS_RATIO = 3;
/** Context-sized products per head per layer: Q K^T and the scores times V. */
const ATTENTION_PRODUCT_COUNT = 2;

/** Width of the query-key and value products of one head (latent attention adds the rotary part to Q K^T). */
function headProductWidth(model: TransformerArchitecture): number {
  const rope = model.latentAttention?.ropeHeadSize ?? 0;
  return (model.headSize + rope + model.headSize) / ATTENTION_PRODUCT_COUNT;
}

/** Forward attention FLOP of one layer for one token attending to `context` positions. */
export function attentionFlopPerTokenPerLayer(model: TransformerArchitecture, context: number): number {
  return (
    ATTENTION_PRODUCT_COUNT *
    FLOP_PER_MULTIPLY_ADD *
    model.attentionHeadCount *
    headProductWidth(model) *
    context
  );
}

function counts(partial: Partial<NonLinearElementCounts>): NonLinearElementCounts {
  return { ...emptyNonLinearCounts(), ...partial };
}

function activationKind(model: TransformerArchitecture): 'gelu' | 'silu' | 'relu' {
  return model.activation === 'silu' ? 'silu' : model.activation === 'relu' ? 'relu' : 'gelu';
}

/** The forward per-layer work of a pass over `tokens` tokens per item and `items` items. */
function layersOf(
  model: TransformerArchitecture,
  weights: TransformerWeights,
  shape: PassShape,
): LayerWork[] {
  const d = model.hiddenSize;
  const tokensPerItem = shape.tokensPerItemCount;
  const tokens = shape.itemCount * tokensPerItem;
  const sequence = [tokensPerItem, d];
  const split = layerSplit(model);
  const activation = activationKind(model);
  const experts = model.experts;
  const activeExpertWidth = experts
    ? (experts.activeExpertCount + experts.sharedExpertCount) * experts.expertFeedForwardSize
    : 0;
  const layers: LayerWork[] = [
    {
      name: 'token embedding',
      kind: 'embedding',
      repeatCount: 1,
      inputShape: [tokensPerItem],
      outputShape: sequence,
      parameterCount: weights.embeddingCount + weights.positionCount + weights.extraCount,
      matmulFlop: 0,
      attentionFlop: 0,
      nonLinearElementCounts: emptyNonLinearCounts(),
    },
    {
      name: 'attention',
      kind: 'attention',
      repeatCount: model.layerCount,
      inputShape: sequence,
      outputShape: sequence,
      parameterCount: weights.attentionMatrixPerLayerCount + weights.elementWisePerLayerCount,
      matmulFlop: FLOP_PER_MULTIPLY_ADD * weights.attentionMatrixPerLayerCount * tokens,
      attentionFlop: attentionFlopPerTokenPerLayer(model, shape.meanContextTokenCount) * tokens,
      nonLinearElementCounts: counts({
        softmax: model.attentionHeadCount * shape.meanContextTokenCount * tokens,
        normalization: 2 * d * tokens,
      }),
    },
  ];
  if (split.dense > 0)
    layers.push({
      name: 'feed-forward',
      kind: 'feedForward',
      repeatCount: split.dense,
      inputShape: sequence,
      outputShape: sequence,
      parameterCount: weights.denseFeedForwardMatrixCount,
      matmulFlop: FLOP_PER_MULTIPLY_ADD * weights.denseFeedForwardMatrixCount * tokens,
      attentionFlop: 0,
      nonLinearElementCounts: counts({ [activation]: model.feedForwardSize * tokens }),
    });
  if (split.expert > 0)
    layers.push({
      name: 'expert feed-forward',
      kind: 'expertFeedForward',
      repeatCount: split.expert,
      inputShape: sequence,
      outputShape: sequence,
      parameterCount: weights.expertLayerMatrixCount,
      matmulFlop: FLOP_PER_MULTIPLY_ADD * weights.activeExpertLayerMatrixCount * tokens,
      attentionFlop: 0,
      nonLinearElementCounts: counts({ [activation]: activeExpertWidth * tokens }),
    });
  if (model.family === 'decoder')
    layers.push({
      name: 'vocabulary output',
      kind: 'vocabularyOutput',
      repeatCount: 1,
      inputShape: sequence,
      outputShape: [tokensPerItem, model.vocabularySize],
      parameterCount: weights.untiedOutputCount,
      matmulFlop: FLOP_PER_MULTIPLY_ADD * model.vocabularySize * d * tokens,
      attentionFlop: 0,
      nonLinearElementCounts: counts({
        normalization: d * tokens,
        vocabularyOutput: model.vocabularySize * tokens,
      }),
    });
  return layers;
}

/** Sums over layers (times their repeat counts). */
export function sumLayers(layers: readonly LayerWork[]): {
  matmulFlop: number;
  attentionFlop: number;
  nonLinearElementCounts: NonLinearElementCounts;
} {
  const nonLinearElementCounts = emptyNonLinearCounts();
  let matmulFlop = 0;
  let attentionFlop = 0;
  for (const layer of layers) {
    matmulFlop += layer.repeatCount * layer.matmulFlop;
    attentionFlop += layer.repeatCount * layer.attentionFlop;
    for (const [kind, count] of Object.entries(layer.nonLinearElementCounts))
      nonLinearElementCounts[kind as keyof NonLinearElementCounts] += layer.repeatCount * count;
  }
  return { matmulFlop, attentionFlop, nonLinearElementCounts };
}

/** Forward FLOP, non-linear counts and layers of one pass, with the training ratio applied to FLOP. */
export function transformerPassWork(
  model: TransformerArchitecture,
  weights: TransformerWeights,
  pass: PassKind,
  shape: PassShape,
) {
  const layers = layersOf(model, weights, shape);
  const forward = sumLayers(layers);
  const ratio = pass === 'trainingStep' ? TRAINING_PASS_RATIO : 1;
  return {
    layers,
    matmulFlop: ratio * forward.matmulFlop,
    attentionFlop: ratio * forward.attentionFlop,
    nonLinearElementCounts: forward.nonLinearElementCounts,
    sequentialLayerCount: model.layerCount,
  };
}
