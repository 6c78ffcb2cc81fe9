// The squeeze-and-excitation block of a layer list (Hu et al. 2018, Squeeze-and-Excitation Networks, arXiv
// 1709.01507, figure 2 and section 3): squeeze a [C, H, W] map to C channel means, excite through two
// fully connected (1x1 convolution) layers with biases, C -> r -> C, and scale each channel by its gate.
// The four steps run one after another, so each is a main-path layer when the block is; the pooling and
// the channel scaling are element-wise (no multiply-adds), like the papers' multiply-add counts.
import type { NetworkLayer } from './types';
import { activationElementCounts, type WalkedLayer } from './walkedLayer';

type SqueezeExcitation = Extract<NetworkLayer, { kind: 'squeezeExcitation' }>;

/** Weights of one fully connected layer with bias from `inFeatures` to `outFeatures`. */
const fullyConnectedWeights = (inFeatures: number, outFeatures: number) => (inFeatures + 1) * outFeatures;

/** The block's four steps on a [C, H, W] input, for one item. */
export function walkSqueezeExcitation(
  layer: SqueezeExcitation,
  input: readonly number[],
  mainPath: boolean,
): WalkedLayer[] {
  const [channels = 1] = input;
  const reduced = layer.reducedChannelCount;
  const step = (
    fields: Partial<WalkedLayer> & Pick<WalkedLayer, 'name' | 'kind' | 'outputShape'>,
  ): WalkedLayer => ({
    inputShape: input,
    parameterCount: 0,
    multiplyAddCount: 0,
    poolingCount: 0,
    mainPath,
    ...activationElementCounts('none', 0),
    ...fields,
  });
  return [
    step({ name: 'SE squeeze', kind: 'pooling', outputShape: [channels] }),
    step({
      name: `SE reduce ${reduced}`,
      kind: 'dense',
      inputShape: [channels],
      outputShape: [reduced],
      parameterCount: fullyConnectedWeights(channels, reduced),
      multiplyAddCount: channels * reduced,
      ...activationElementCounts(layer.innerActivation, reduced),
    }),
    step({
      name: `SE expand ${channels}`,
      kind: 'dense',
      inputShape: [reduced],
      outputShape: [channels],
      parameterCount: fullyConnectedWeights(reduced, channels),
      multiplyAddCount: reduced * channels,
      ...activationElementCounts(layer.gate, channels),
    }),
    step({ name: 'SE scale', kind: 'channelScale', outputShape: input }),
  ];
}
