// One evaluated layer of a CNN or MLP layer list for one item, and the non-linear elements each layer
// activation adds (shared by the layer walk and the squeeze-and-excitation block).
import type { ExcitationGate, LayerActivation } from './types';

/**
 * Comparisons of one ReLU6, min(max(x, 0), 6), counted as ReLU elements: hard-swish x * ReLU6(x + 3) / 6 and
 * hard-sigmoid ReLU6(x + 3) / 6 each evaluate one (Howard et al. 2019, arXiv 1905.02244, section 5.2).
 */
export const RELU_ELEMENTS_PER_RELU6_COUNT = 2;

/** Non-linear elements of one layer for one item, by the kinds the work description prices. */
export interface ActivationElementCounts {
  /** ReLU inputs; hard-swish and hard-sigmoid inputs count as RELU_ELEMENTS_PER_RELU6_COUNT each. */
  reluCount: number;
  /** SiLU (swish) inputs, and sigmoid gate inputs (SiLU's own non-linear part, x * sigmoid(x)). */
  siluCount: number;
  geluCount: number;
}

/** One evaluated layer of a layer list, for one item. */
export interface WalkedLayer extends ActivationElementCounts {
  name: string;
  /** `channelScale`: a squeeze-and-excitation block multiplying each input channel by its gate. */
  kind: 'convolution' | 'pooling' | 'dense' | 'channelScale';
  inputShape: readonly number[];
  outputShape: readonly number[];
  parameterCount: number;
  multiplyAddCount: number;
  /** Window inputs of max pooling (comparisons); average pooling is linear and counts none. */
  poolingCount: number;
  /** On the main path (false for a residual shortcut, which runs beside the body). */
  mainPath: boolean;
}

/** Values in a tensor of this shape. */
export const elementCount = (shape: readonly number[]) => shape.reduce((product, size) => product * size, 1);

/** The non-linear elements `elementCount` outputs of a layer with this activation or gate add. */
export function activationElementCounts(
  activation: LayerActivation | ExcitationGate,
  elements: number,
): ActivationElementCounts {
  switch (activation) {
    case 'relu':
      return { reluCount: elements, siluCount: 0, geluCount: 0 };
    case 'hardSwish':
    case 'hardSigmoid':
      return { reluCount: RELU_ELEMENTS_PER_RELU6_COUNT * elements, siluCount: 0, geluCount: 0 };
    case 'silu':
    case 'sigmoid':
      return { reluCount: 0, siluCount: elements, geluCount: 0 };
    case 'gelu':
      return { reluCount: 0, siluCount: 0, geluCount: elements };
    case 'none':
      return { reluCount: 0, siluCount: 0, geluCount: 0 };
  }
}

/** Adds `extra`'s element counts to `layer` (the activation after a residual addition). */
export function addActivationElements(layer: WalkedLayer, extra: ActivationElementCounts): void {
  layer.reluCount += extra.reluCount;
  layer.siluCount += extra.siluCount;
  layer.geluCount += extra.geluCount;
}
