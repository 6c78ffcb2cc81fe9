// Per-example gradient clipping priced by operation: for each weight matrix (input width d, output width p,
// T positions per example: tokens, or output pixels of a convolution) the FLOP of one training step per
// example. Plain training is forward 2Tpd + output gradients 2Tpd + weight gradients 2Tpd = 6Tpd. Clipping
// needs each example's gradient norm, by one of two routes: instantiate the per-example gradient (2Tpd more)
// or the ghost norm from the two T x T Gram matrices of activations and output gradients (2T^2(p+d)).
// - ghost clipping (Li et al. 2021, arXiv 2110.05679): ghost norms in a first back-propagation, then a second
//   back-propagation on the reweighted loss (output and weight gradients again, 4Tpd): 10Tpd + 2T^2(p+d);
// - book-keeping (Bu et al. 2023, arXiv 2210.00038): one back-propagation; the norms are kept and the clipped
//   gradient is a weighted sum formed from the stored output gradients, 6Tpd + the cheaper norm route, chosen
//   per layer as the FastDP library does (ghost norm when 2T^2 <= pd).
// The ratio to plain training is the implementation's time complexity; the matrices come from the catalogue
// architecture (transformers) or from the shared work description's layers (CNNs and MLPs).
import { architectureOf } from '../models/fromParams';
import { isLayerList, type TransformerArchitecture } from '../models/types';
import type { Params } from '../params/table';
import { describeWork } from '../work/describe';

/** One kind of weight matrix, applied at `positionCount` positions of each example. */
export interface WeightMatrix {
  inputWidthCount: number;
  outputWidthCount: number;
  positionCount: number;
  /** Identical matrices in the model (one per layer). */
  repeatCount: number;
}

/** Implementations priced from their operations. */
export type PricedClippingImplementation = 'ghost-clipping' | 'book-keeping';

/** FLOP per multiply-add. */
const FLOP_PER_MULTIPLY_ADD = 2;
/** Plain training of a matrix: forward, output gradients, weight gradients (3 products of T p d each). */
const PLAIN_PRODUCTS_COUNT = 3;
/** Ghost clipping's second back-propagation: output and weight gradients again (2 products). */
const SECOND_BACKPROP_PRODUCTS_COUNT = 2;

function transformerMatrices(model: TransformerArchitecture, tokens: number): WeightMatrix[] {
  const d = model.hiddenSize;
  const layers = model.layerCount;
  const query = model.attentionHeadCount * model.headSize;
  const keyValue = model.keyValueHeadCount * model.headSize;
  const matrix = (input: number, output: number, repeat: number): WeightMatrix => ({
    inputWidthCount: input,
    outputWidthCount: output,
    positionCount: tokens,
    repeatCount: repeat,
  });
  const experts = model.experts;
  const feedForward = experts
    ? (experts.activeExpertCount + experts.sharedExpertCount) * experts.expertFeedForwardSize
    : model.feedForwardSize;
  const upCount = model.gatedFeedForward ? 2 : 1;
  const matrices = [
    matrix(d, query, layers),
    matrix(d, keyValue, 2 * layers),
    matrix(query, d, layers),
    matrix(d, feedForward, upCount * layers),
    matrix(feedForward, d, layers),
  ];
  if (model.family === 'decoder') matrices.push(matrix(d, model.vocabularySize, 1));
  return matrices;
}

/** Weight matrices of a CNN or MLP, from the forward layers of the shared work description (one example). */
function layerListMatrices(params: Params): WeightMatrix[] {
  const forward = describeWork(params).passes.forward;
  if (!forward) return [];
  return forward.layers
    .filter((layer) => layer.matmulFlop > 0)
    .map((layer) => {
      const [first = 1, ...rest] = layer.outputShape;
      // [channels, height, width] for a convolution (positions: output pixels), [width] for a dense layer.
      const spatial = rest.length === 2 ? rest.reduce((a, b) => a * b, 1) : 1;
      const output = rest.length === 2 ? first : (layer.outputShape.at(-1) ?? 1);
      const weightsTimesPositions = layer.matmulFlop / FLOP_PER_MULTIPLY_ADD;
      return {
        inputWidthCount: weightsTimesPositions / spatial / output,
        outputWidthCount: output,
        positionCount: spatial,
        repeatCount: layer.repeatCount,
      };
    });
}

/** The weight matrices of the configured model, with the positions per training example. */
export function weightMatricesOf(params: Params): WeightMatrix[] {
  const architecture = architectureOf(params);
  if (isLayerList(architecture)) return layerListMatrices(params);
  return transformerMatrices(architecture, params.model.sequenceLengthTokens);
}

const productFlop = (m: WeightMatrix) =>
  FLOP_PER_MULTIPLY_ADD * m.positionCount * m.inputWidthCount * m.outputWidthCount;
const ghostNormFlop = (m: WeightMatrix) =>
  FLOP_PER_MULTIPLY_ADD * m.positionCount * m.positionCount * (m.inputWidthCount + m.outputWidthCount);

/** FastDP's per-layer choice: the ghost norm when 2T^2 <= pd, else the instantiated per-example gradient. */
function cheaperNormFlop(m: WeightMatrix): number {
  const ghost = 2 * m.positionCount * m.positionCount <= m.inputWidthCount * m.outputWidthCount;
  return ghost ? ghostNormFlop(m) : productFlop(m);
}

/** Training FLOP per example of one matrix under the implementation (all repeats). */
function clippedFlop(m: WeightMatrix, implementation: PricedClippingImplementation): number {
  const plain = PLAIN_PRODUCTS_COUNT * productFlop(m);
  const extra =
    implementation === 'ghost-clipping'
      ? SECOND_BACKPROP_PRODUCTS_COUNT * productFlop(m) + ghostNormFlop(m)
      : cheaperNormFlop(m);
  return m.repeatCount * (plain + extra);
}

/** Time complexity of the implementation over plain training, over the model's weight matrices. */
export function clippingComplexityRatio(
  matrices: readonly WeightMatrix[],
  implementation: PricedClippingImplementation,
): number {
  const plain = matrices.reduce((sum, m) => sum + m.repeatCount * PLAIN_PRODUCTS_COUNT * productFlop(m), 0);
  if (plain <= 0) return 1;
  const clipped = matrices.reduce((sum, m) => sum + clippedFlop(m, implementation), 0);
  return clipped / plain;
}
