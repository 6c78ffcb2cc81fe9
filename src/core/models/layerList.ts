// Walks a CNN or MLP layer list from its input shape: the output shape, weights, multiply-adds and
// non-linear elements of every layer for ONE item (image or input vector). Shapes are [channels, height,
// width] for maps and [features] for vectors; a dense layer after a map flattens it.
import { walkSqueezeExcitation } from './squeezeExcitation';
import type { LayerListArchitecture, NetworkLayer } from './types';
import {
  activationElementCounts,
  addActivationElements,
  elementCount,
  type WalkedLayer,
} from './walkedLayer';

export type { WalkedLayer } from './walkedLayer';

/** Weights per output channel of a batch norm (scale and shift; running statistics are not weights). */
const BATCH_NORM_WEIGHTS_PER_CHANNEL = 2;

function outputSize(size: number, kernel: number, stride: number, padding: number): number {
  return Math.floor((size + 2 * padding - kernel) / stride) + 1;
}

function mapShape(shape: readonly number[]): [number, number, number] {
  const [channels = 1, height = 1, width = 1] = shape;
  return [channels, height, width];
}

function walkOne(layer: NetworkLayer, input: readonly number[], mainPath: boolean): WalkedLayer[] {
  switch (layer.kind) {
    case 'convolution': {
      const [channels, height, width] = mapShape(input);
      const output = [
        layer.outChannelCount,
        outputSize(height, layer.kernelSize, layer.stride, layer.padding),
        outputSize(width, layer.kernelSize, layer.stride, layer.padding),
      ];
      const kernelWeights = layer.kernelSize * layer.kernelSize * (channels / layer.groupCount);
      const extra = layer.batchNorm ? BATCH_NORM_WEIGHTS_PER_CHANNEL : 1;
      return [
        {
          name: `conv ${layer.kernelSize}x${layer.kernelSize}${layer.groupCount > 1 ? ' depthwise' : ''} ${layer.outChannelCount}`,
          kind: 'convolution',
          inputShape: input,
          outputShape: output,
          parameterCount: (kernelWeights + extra) * layer.outChannelCount,
          multiplyAddCount: kernelWeights * elementCount(output),
          ...activationElementCounts(layer.activation, elementCount(output)),
          poolingCount: 0,
          mainPath,
        },
      ];
    }
    case 'pooling': {
      const [channels, height, width] = mapShape(input);
      const output = [
        channels,
        outputSize(height, layer.kernelSize, layer.stride, layer.padding),
        outputSize(width, layer.kernelSize, layer.stride, layer.padding),
      ];
      const windowInputs = elementCount(output) * layer.kernelSize * layer.kernelSize;
      return [
        {
          name: `${layer.mode} pool ${layer.kernelSize}x${layer.kernelSize}`,
          kind: 'pooling',
          inputShape: input,
          outputShape: output,
          parameterCount: 0,
          multiplyAddCount: 0,
          ...activationElementCounts('none', 0),
          poolingCount: layer.mode === 'max' ? windowInputs : 0,
          mainPath,
        },
      ];
    }
    case 'globalAveragePooling': {
      const [channels] = mapShape(input);
      return [
        {
          name: 'global average pool',
          kind: 'pooling',
          inputShape: input,
          outputShape: [channels],
          parameterCount: 0,
          multiplyAddCount: 0,
          ...activationElementCounts('none', 0),
          poolingCount: 0,
          mainPath,
        },
      ];
    }
    case 'dense': {
      const inFeatures = elementCount(input);
      return [
        {
          name: `dense ${layer.outFeatureCount}`,
          kind: 'dense',
          inputShape: input,
          outputShape: [layer.outFeatureCount],
          parameterCount: (inFeatures + (layer.bias ? 1 : 0)) * layer.outFeatureCount,
          multiplyAddCount: inFeatures * layer.outFeatureCount,
          ...activationElementCounts(layer.activation, layer.outFeatureCount),
          poolingCount: 0,
          mainPath,
        },
      ];
    }
    case 'residual': {
      const body = walkList(layer.body, input, mainPath);
      const shortcut = walkList(layer.shortcut, input, false);
      const last = body.at(-1);
      // The activation after the addition (ResNet's ReLU) counts on the body's last layer.
      if (last)
        addActivationElements(
          last,
          activationElementCounts(layer.activationAfterAddition, elementCount(last.outputShape)),
        );
      return [...body, ...shortcut];
    }
    case 'squeezeExcitation':
      return walkSqueezeExcitation(layer, input, mainPath);
  }
}

function walkList(
  layers: readonly NetworkLayer[],
  input: readonly number[],
  mainPath: boolean,
): WalkedLayer[] {
  const walked: WalkedLayer[] = [];
  let shape = input;
  for (const layer of layers) {
    const done = walkOne(layer, shape, mainPath);
    walked.push(...done);
    const lastMain = done.filter((item) => item.mainPath === mainPath).at(-1);
    if (lastMain) shape = lastMain.outputShape;
  }
  return walked;
}

/** Every layer of a CNN or MLP for one item, in order (shortcut layers after their block's body). */
export function walkLayers(architecture: LayerListArchitecture): WalkedLayer[] {
  return walkList(architecture.layers, architecture.inputShape, true);
}

/** Parameter count of a CNN or MLP. */
export function layerListParameterCount(architecture: LayerListArchitecture): number {
  return walkLayers(architecture).reduce((sum, layer) => sum + layer.parameterCount, 0);
}
