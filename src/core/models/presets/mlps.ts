// Small MLPs of the catalogue (vector input, dense layers), as used in private-inference papers.
import type { CataloguePreset } from '../types';
import { dense } from './layerBuilders';

const MNIST_INPUT_SHAPE = [784] as const;

/** MLP presets. */
export const MLP_PRESETS = [
  {
    id: 'lenet-300-100',
    label: 'LeNet-300-100 (MNIST MLP)',
    architecture: {
      family: 'mlp',
      inputShape: MNIST_INPUT_SHAPE,
      layers: [dense(300, 'relu'), dense(100, 'relu'), dense(10, 'none')],
    },
    publishedParameterCount: 267e3,
    source:
      'LeCun et al. 1998 (784-300-100-10); Han et al. 2016, Deep compression (arXiv 1510.00149), table 2: 267K weights',
  },
  {
    id: 'secureml-mlp',
    label: 'SecureML MLP (784-128-128-10)',
    architecture: {
      family: 'mlp',
      inputShape: MNIST_INPUT_SHAPE,
      layers: [dense(128, 'relu'), dense(128, 'relu'), dense(10, 'none')],
    },
    publishedParameterCount: 118282,
    source:
      'Mohassel and Zhang 2017, SecureML (IEEE S&P), section 6: two hidden layers of 128 on MNIST; the source states the widths, the count is theirs with biases',
  },
] as const satisfies readonly CataloguePreset[];
