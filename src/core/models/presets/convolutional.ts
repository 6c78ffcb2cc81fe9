// CNNs of the catalogue as layer lists, following the tables of their papers (ImageNet, 224 x 224 x 3).
import type { CataloguePreset, NetworkLayer } from '../types';
import { conv, dense, maxPool, repeat } from './layerBuilders';

const IMAGENET_INPUT_SHAPE = [3, 224, 224] as const;
const IMAGENET_CLASS_COUNT = 1000;
const RESNET_STAGE_WIDTHS = [64, 128, 256, 512] as const;
const BOTTLENECK_EXPANSION = 4;

/** ResNet stem: 7x7/2 convolution to 64 channels, 3x3/2 max pooling. He et al. 2016, table 1. */
const RESNET_STEM: NetworkLayer[] = [conv(64, 7, { stride: 2 }), maxPool(3, 2, 1)];

function residual(body: NetworkLayer[], shortcut: NetworkLayer[]): NetworkLayer {
  return { kind: 'residual', body, shortcut, activationAfterAddition: 'relu' };
}

/** A basic block (two 3x3), with a 1x1 projection when the stride or width changes. */
function basicBlock(width: number, stride: number, project: boolean): NetworkLayer {
  return residual(
    [conv(width, 3, { stride }), conv(width, 3, { activation: 'none' })],
    project ? [conv(width, 1, { stride, activation: 'none' })] : [],
  );
}

/** A bottleneck block (1x1, 3x3 with the stride as in the released models, 1x1 to 4x width). */
function bottleneck(width: number, stride: number, project: boolean): NetworkLayer {
  const out = BOTTLENECK_EXPANSION * width;
  return residual(
    [conv(width, 1), conv(width, 3, { stride }), conv(out, 1, { activation: 'none' })],
    project ? [conv(out, 1, { stride, activation: 'none' })] : [],
  );
}

function resnet(blockCounts: readonly number[], kind: 'basic' | 'bottleneck'): NetworkLayer[] {
  const stages = RESNET_STAGE_WIDTHS.flatMap((width, stage) =>
    repeat(blockCounts[stage] ?? 0, (index) => {
      const stride = stage > 0 && index === 0 ? 2 : 1;
      const project = index === 0 && (stage > 0 || kind === 'bottleneck');
      return [kind === 'basic' ? basicBlock(width, stride, project) : bottleneck(width, stride, project)];
    }),
  );
  return [...RESNET_STEM, ...stages, { kind: 'globalAveragePooling' }, dense(IMAGENET_CLASS_COUNT, 'none')];
}

/** VGG-16 (configuration D): 13 3x3 convolutions with biases and no batch norm, 5 max pools, 3 dense. */
function vgg16(): NetworkLayer[] {
  const block = (width: number, count: number) => [
    ...repeat(count, () => [conv(width, 3, { batchNorm: false })]),
    maxPool(2, 2),
  ];
  return [
    ...block(64, 2),
    ...block(128, 2),
    ...block(256, 3),
    ...block(512, 3),
    ...block(512, 3),
    dense(4096, 'relu'),
    dense(4096, 'relu'),
    dense(IMAGENET_CLASS_COUNT, 'none'),
  ];
}

/** MobileNet v1: a 3x3/2 convolution, then 13 depthwise-separable pairs (table 1 of the paper). */
function mobilenetV1(): NetworkLayer[] {
  const pairs: [number, number, number][] = [
    [32, 64, 1],
    [64, 128, 2],
    [128, 128, 1],
    [128, 256, 2],
    [256, 256, 1],
    [256, 512, 2],
    ...Array.from({ length: 5 }, (): [number, number, number] => [512, 512, 1]),
    [512, 1024, 2],
    [1024, 1024, 1],
  ];
  const separable = pairs.flatMap(([inChannels, outChannels, stride]) => [
    conv(inChannels, 3, { stride, groupCount: inChannels }),
    conv(outChannels, 1),
  ]);
  return [
    conv(32, 3, { stride: 2 }),
    ...separable,
    { kind: 'globalAveragePooling' },
    dense(IMAGENET_CLASS_COUNT, 'none'),
  ];
}

/** CNN presets. */
export const CNN_PRESETS = [
  {
    id: 'resnet-18',
    label: 'ResNet-18',
    architecture: { family: 'cnn', inputShape: IMAGENET_INPUT_SHAPE, layers: resnet([2, 2, 2, 2], 'basic') },
    publishedParameterCount: 11.7e6,
    source:
      'He et al. 2016, Deep residual learning (arXiv 1512.03385), table 1: 1.8e9 multiply-adds; 11.7M parameters in the torchvision model card',
  },
  {
    id: 'resnet-50',
    label: 'ResNet-50',
    architecture: {
      family: 'cnn',
      inputShape: IMAGENET_INPUT_SHAPE,
      layers: resnet([3, 4, 6, 3], 'bottleneck'),
    },
    publishedParameterCount: 25.6e6,
    source:
      'He et al. 2016 (arXiv 1512.03385), table 1: 3.8e9 multiply-adds; 25.6M parameters in the torchvision model card (stride on the 3x3, as released)',
  },
  {
    id: 'resnet-101',
    label: 'ResNet-101',
    architecture: {
      family: 'cnn',
      inputShape: IMAGENET_INPUT_SHAPE,
      layers: resnet([3, 4, 23, 3], 'bottleneck'),
    },
    publishedParameterCount: 44.5e6,
    source:
      'He et al. 2016 (arXiv 1512.03385), table 1: 3, 4, 23, 3 bottleneck blocks, 7.6e9 multiply-adds; 44.5M parameters in the torchvision model card (stride on the 3x3, as released)',
  },
  {
    id: 'vgg-16',
    label: 'VGG-16',
    architecture: { family: 'cnn', inputShape: IMAGENET_INPUT_SHAPE, layers: vgg16() },
    publishedParameterCount: 138e6,
    source:
      'Simonyan and Zisserman 2015, Very deep convolutional networks (arXiv 1409.1556), table 1 (D) and table 2: 138M',
  },
  {
    id: 'mobilenet-v1',
    label: 'MobileNet v1',
    architecture: { family: 'cnn', inputShape: IMAGENET_INPUT_SHAPE, layers: mobilenetV1() },
    publishedParameterCount: 4.2e6,
    source:
      'Howard et al. 2017, MobileNets (arXiv 1704.04861), tables 1 and 8: 4.2M parameters, 569M multiply-adds',
  },
] as const satisfies readonly CataloguePreset[];
