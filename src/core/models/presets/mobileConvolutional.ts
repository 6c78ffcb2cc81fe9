// Mobile CNNs built from inverted-residual blocks with squeeze-and-excitation, as layer lists following the
// tables of their papers and the released ImageNet models (224 x 224 x 3 input, 1000 classes).
import type { CataloguePreset, LayerActivation, NetworkLayer } from '../types';
import { conv, dense, globalAveragePool, repeat, squeezeExcitation } from './layerBuilders';

const IMAGENET_INPUT_SHAPE = [3, 224, 224] as const;
const IMAGENET_CLASS_COUNT = 1000;
/** Stem widths (EfficientNet-B0 table 1: 32; MobileNetV3 tables 1-2: 16). */
const EFFICIENTNET_STEM_WIDTH = 32;
const MOBILENET_V3_STEM_WIDTH = 16;
/** EfficientNet's SE width: a quarter of the block's INPUT width (Tan and Le 2019, released code). */
const EFFICIENTNET_SE_FRACTION = 0.25;
/** MobileNetV3's SE width: a quarter of the expansion width (Howard et al. 2019, section 5.3). */
const MOBILENET_V3_SE_DIVISOR = 4;
/** Channel counts of the released MobileNets round to multiples of 8 (authors' code, `_make_divisible`). */
const CHANNEL_ROUNDING_COUNT = 8;
/** `_make_divisible` rounds up one step when rounding to the nearest multiple would lose over 10%. */
const MAKE_DIVISIBLE_FLOOR_FRACTION = 0.9;
const EFFICIENTNET_HEAD_WIDTH = 1280;
/** MobileNetV3 head widths (tables 1-2): the last 1x1 convolution and the first dense layer after pooling. */
const MOBILENET_V3_LARGE_HEAD = { lastConvWidth: 960, denseWidth: 1280 } as const;
const MOBILENET_V3_SMALL_HEAD = { lastConvWidth: 576, denseWidth: 1024 } as const;

/** The released MobileNets' rounding of a channel count to the nearest multiple of 8, at least 8. */
function makeDivisible(value: number): number {
  const step = CHANNEL_ROUNDING_COUNT;
  const rounded = Math.max(step, Math.floor((value + step / 2) / step) * step);
  return rounded < MAKE_DIVISIBLE_FLOOR_FRACTION * value ? rounded + step : rounded;
}

interface InvertedResidual {
  inChannels: number;
  expandedChannels: number;
  outChannels: number;
  kernelSize: number;
  stride: number;
  activation: LayerActivation;
  /** SE block after the depthwise convolution, or none. */
  excitation?: NetworkLayer;
}

/**
 * An inverted residual (Sandler et al. 2018; MBConv in EfficientNet, bneck in MobileNetV3): a 1x1 expansion
 * (omitted when the width does not grow), a depthwise kxk, the optional SE block, a linear 1x1 projection;
 * an identity shortcut with no activation after the addition when the stride is 1 and the width is kept.
 */
function invertedResidual(block: InvertedResidual): NetworkLayer[] {
  const { inChannels, expandedChannels, outChannels, kernelSize, stride, activation } = block;
  const body: NetworkLayer[] = [
    ...(expandedChannels === inChannels ? [] : [conv(expandedChannels, 1, { activation })]),
    conv(expandedChannels, kernelSize, { stride, groupCount: expandedChannels, activation }),
    ...(block.excitation ? [block.excitation] : []),
    conv(outChannels, 1, { activation: 'none' }),
  ];
  if (stride !== 1 || inChannels !== outChannels) return body;
  return [{ kind: 'residual', body, shortcut: [], activationAfterAddition: 'none' }];
}

/** EfficientNet-B0 stages 2-8 (Tan and Le 2019, table 1): expansion, kernel, first stride, width, blocks. */
const EFFICIENTNET_B0_STAGES: readonly (readonly [number, number, number, number, number])[] = [
  [1, 3, 1, 16, 1],
  [6, 3, 2, 24, 2],
  [6, 5, 2, 40, 2],
  [6, 3, 2, 80, 3],
  [6, 5, 1, 112, 3],
  [6, 5, 2, 192, 4],
  [6, 3, 1, 320, 1],
];

function efficientNetB0(): NetworkLayer[] {
  let width = EFFICIENTNET_STEM_WIDTH;
  const stages = EFFICIENTNET_B0_STAGES.flatMap(([expansion, kernelSize, firstStride, outChannels, count]) =>
    repeat(count, (index) => {
      const inChannels = width;
      width = outChannels;
      const reduced = Math.max(1, Math.floor(inChannels * EFFICIENTNET_SE_FRACTION));
      return invertedResidual({
        inChannels,
        expandedChannels: inChannels * expansion,
        outChannels,
        kernelSize,
        stride: index === 0 ? firstStride : 1,
        activation: 'silu',
        excitation: squeezeExcitation(reduced, 'silu', 'sigmoid'),
      });
    }),
  );
  return [
    conv(EFFICIENTNET_STEM_WIDTH, 3, { stride: 2, activation: 'silu' }),
    ...stages,
    conv(EFFICIENTNET_HEAD_WIDTH, 1, { activation: 'silu' }),
    globalAveragePool(),
    dense(IMAGENET_CLASS_COUNT, 'none'),
  ];
}

/** One bneck row of MobileNetV3 tables 1-2: kernel, expansion width, output width, SE, activation, stride. */
type Bneck = readonly [number, number, number, boolean, 'relu' | 'hardSwish', number];

/** MobileNetV3-Large bnecks (Howard et al. 2019, table 1). */
const MOBILENET_V3_LARGE: readonly Bneck[] = [
  [3, 16, 16, false, 'relu', 1],
  [3, 64, 24, false, 'relu', 2],
  [3, 72, 24, false, 'relu', 1],
  [5, 72, 40, true, 'relu', 2],
  [5, 120, 40, true, 'relu', 1],
  [5, 120, 40, true, 'relu', 1],
  [3, 240, 80, false, 'hardSwish', 2],
  [3, 200, 80, false, 'hardSwish', 1],
  [3, 184, 80, false, 'hardSwish', 1],
  [3, 184, 80, false, 'hardSwish', 1],
  [3, 480, 112, true, 'hardSwish', 1],
  [3, 672, 112, true, 'hardSwish', 1],
  [5, 672, 160, true, 'hardSwish', 2],
  [5, 960, 160, true, 'hardSwish', 1],
  [5, 960, 160, true, 'hardSwish', 1],
];

/** MobileNetV3-Small bnecks (Howard et al. 2019, table 2). */
const MOBILENET_V3_SMALL: readonly Bneck[] = [
  [3, 16, 16, true, 'relu', 2],
  [3, 72, 24, false, 'relu', 2],
  [3, 88, 24, false, 'relu', 1],
  [5, 96, 40, true, 'hardSwish', 2],
  [5, 240, 40, true, 'hardSwish', 1],
  [5, 240, 40, true, 'hardSwish', 1],
  [5, 120, 48, true, 'hardSwish', 1],
  [5, 144, 48, true, 'hardSwish', 1],
  [5, 288, 96, true, 'hardSwish', 2],
  [5, 576, 96, true, 'hardSwish', 1],
  [5, 576, 96, true, 'hardSwish', 1],
];

/**
 * MobileNetV3: a 3x3/2 hard-swish stem to 16, the bnecks (SE: ReLU inside, hard-sigmoid gate), a 1x1
 * convolution with batch norm, global pooling, and two 1x1 convolutions without batch norm (dense layers
 * with biases, the first hard-swish).
 */
function mobileNetV3(
  bnecks: readonly Bneck[],
  head: { lastConvWidth: number; denseWidth: number },
): NetworkLayer[] {
  let width = MOBILENET_V3_STEM_WIDTH;
  const blocks = bnecks.flatMap(([kernelSize, expandedChannels, outChannels, excite, activation, stride]) => {
    const inChannels = width;
    width = outChannels;
    const reduced = makeDivisible(expandedChannels / MOBILENET_V3_SE_DIVISOR);
    return invertedResidual({
      inChannels,
      expandedChannels,
      outChannels,
      kernelSize,
      stride,
      activation,
      excitation: excite ? squeezeExcitation(reduced, 'relu', 'hardSigmoid') : undefined,
    });
  });
  return [
    conv(MOBILENET_V3_STEM_WIDTH, 3, { stride: 2, activation: 'hardSwish' }),
    ...blocks,
    conv(head.lastConvWidth, 1, { activation: 'hardSwish' }),
    globalAveragePool(),
    dense(head.denseWidth, 'hardSwish'),
    dense(IMAGENET_CLASS_COUNT, 'none'),
  ];
}

/** Mobile CNN presets with squeeze-and-excitation. */
export const MOBILE_CNN_PRESETS = [
  {
    id: 'efficientnet-b0',
    label: 'EfficientNet-B0',
    architecture: { family: 'cnn', inputShape: IMAGENET_INPUT_SHAPE, layers: efficientNetB0() },
    publishedParameterCount: 5.3e6,
    source:
      'Tan and Le 2019, EfficientNet (arXiv 1905.11946), table 1 (stages) and table 2: 5.3M parameters, 0.39B FLOPS (counted as multiply-adds); SE width a quarter of the block input, swish, as released',
  },
  {
    id: 'mobilenet-v3-large',
    label: 'MobileNetV3-Large',
    architecture: {
      family: 'cnn',
      inputShape: IMAGENET_INPUT_SHAPE,
      layers: mobileNetV3(MOBILENET_V3_LARGE, MOBILENET_V3_LARGE_HEAD),
    },
    publishedParameterCount: 5.4e6,
    source:
      'Howard et al. 2019, Searching for MobileNetV3 (arXiv 1905.02244), table 1 and table 3: 5.4M parameters, 219M multiply-adds (1.0 width, 224 x 224)',
  },
  {
    id: 'mobilenet-v3-small',
    label: 'MobileNetV3-Small',
    architecture: {
      family: 'cnn',
      inputShape: IMAGENET_INPUT_SHAPE,
      layers: mobileNetV3(MOBILENET_V3_SMALL, MOBILENET_V3_SMALL_HEAD),
    },
    publishedParameterCount: 2.5e6,
    source:
      'Howard et al. 2019 (arXiv 1905.02244), table 2 and table 4: 2.5M parameters, 56M multiply-adds; no SE on the last 1x1 convolution, as in the released model',
  },
] as const satisfies readonly CataloguePreset[];
