// Small builders for CNN and MLP layer lists, so a preset reads like the table in its paper.
import type { ExcitationGate, LayerActivation, NetworkLayer } from '../types';

/** A convolution; `same` padding for odd kernels unless given. */
export function conv(
  outChannelCount: number,
  kernelSize: number,
  options: {
    stride?: number;
    groupCount?: number;
    activation?: LayerActivation;
    batchNorm?: boolean;
    padding?: number;
  } = {},
): NetworkLayer {
  return {
    kind: 'convolution',
    outChannelCount,
    kernelSize,
    stride: options.stride ?? 1,
    padding: options.padding ?? Math.floor(kernelSize / 2),
    groupCount: options.groupCount ?? 1,
    activation: options.activation ?? 'relu',
    batchNorm: options.batchNorm ?? true,
  };
}

/** Max pooling. */
export function maxPool(kernelSize: number, stride: number, padding = 0): NetworkLayer {
  return { kind: 'pooling', mode: 'max', kernelSize, stride, padding };
}

/** A fully connected layer with a bias. */
export function dense(outFeatureCount: number, activation: LayerActivation): NetworkLayer {
  return { kind: 'dense', outFeatureCount, activation, bias: true };
}

/** `count` copies of the layers `make(index)` returns, flattened. */
export function repeat(count: number, make: (index: number) => readonly NetworkLayer[]): NetworkLayer[] {
  return Array.from({ length: count }, (_, index) => make(index)).flat();
}

/** A squeeze-and-excitation block to `reducedChannelCount` channels (Hu et al. 2018). */
export function squeezeExcitation(
  reducedChannelCount: number,
  innerActivation: LayerActivation,
  gate: ExcitationGate,
): NetworkLayer {
  return { kind: 'squeezeExcitation', reducedChannelCount, innerActivation, gate };
}

/** Global average pooling of a map to one value per channel. */
export const globalAveragePool = (): NetworkLayer => ({ kind: 'globalAveragePooling' });
