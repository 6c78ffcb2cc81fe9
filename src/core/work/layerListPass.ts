// The work of one pass through a CNN or MLP: each layer's multiply-adds, ReLU, SiLU/sigmoid, GeLU and
// max-pooling elements for one item, times the items of the pass.
import { walkLayers } from '../models/layerList';
import type { LayerListArchitecture } from '../models/types';
import { FLOP_PER_MULTIPLY_ADD, sumLayers, TRAINING_PASS_RATIO } from './transformerPass';
import { emptyNonLinearCounts, type LayerWork, type PassKind } from './types';

/** Forward per-layer work for `itemCount` items, and the pass totals. */
export function layerListPassWork(architecture: LayerListArchitecture, pass: PassKind, itemCount: number) {
  const walked = walkLayers(architecture);
  const layers: LayerWork[] = walked.map((layer) => ({
    name: layer.name,
    kind: layer.kind,
    repeatCount: 1,
    inputShape: layer.inputShape,
    outputShape: layer.outputShape,
    parameterCount: layer.parameterCount,
    matmulFlop: FLOP_PER_MULTIPLY_ADD * layer.multiplyAddCount * itemCount,
    attentionFlop: 0,
    nonLinearElementCounts: {
      ...emptyNonLinearCounts(),
      relu: layer.reluCount * itemCount,
      silu: layer.siluCount * itemCount,
      gelu: layer.geluCount * itemCount,
      pooling: layer.poolingCount * itemCount,
    },
  }));
  const forward = sumLayers(layers);
  const ratio = pass === 'trainingStep' ? TRAINING_PASS_RATIO : 1;
  return {
    layers,
    matmulFlop: ratio * forward.matmulFlop,
    attentionFlop: 0,
    nonLinearElementCounts: forward.nonLinearElementCounts,
    sequentialLayerCount: walked.filter((layer) => layer.mainPath).length,
  };
}

/** Values in the largest activation between two main-path layers of one item. */
export function largestBoundaryValueCount(architecture: LayerListArchitecture): number {
  return walkLayers(architecture)
    .filter((layer) => layer.mainPath)
    .reduce(
      (largest, layer) =>
        Math.max(
          largest,
          layer.outputShape.reduce((a, b) => a * b, 1),
        ),
      0,
    );
}
