// Parameters of the work's shape that the cryptographic cost models need beyond the model group: the
// activation function, feed-forward width and vocabulary of a transformer, or per-input counts of a CNN or
// MLP. A catalogue transformer ignores the activation, feed-forward width and vocabulary here and takes them
// from its architecture (operationCounts.ts); they apply to custom shapes only.
import { choiceParam, numberParam } from '../params/spec';

/** Parameters of the work's shape (group `workShape`). */
export const WORK_SHAPE_PARAMS = {
  architecture: choiceParam({
    label: 'Architecture (secure cost models)',
    options: ['transformer', 'custom'] as const,
    default: 'transformer',
    description:
      'Transformer (from the model): a transformer’s counts derived from its shape and tokens; a catalogue CNN or MLP is read from the work description’s layers, one forward pass per input. Custom (CNN, MLP): the per-input counts typed below instead.',
    source: 'Vaswani et al. 2017 (transformer shape); custom counts from each model’s published architecture',
  }),
  activation: choiceParam({
    label: 'Feed-forward activation',
    options: ['gelu', 'silu', 'relu'] as const,
    default: 'gelu',
    description:
      'GeLU (BERT, GPT-2), SiLU (LLaMA family, gated) or ReLU (OPT, older models). Custom shapes only: a catalogue model uses its own.',
    source: 'BERT, GPT-2: GeLU; LLaMA (Touvron et al. 2023): SwiGLU',
  }),
  feedForwardExpansionRatio: numberParam({
    label: 'Feed-forward width / hidden size',
    unit: 'ratio',
    default: 4,
    min: 1,
    max: 16,
    description: 'Width of the MLP over the hidden size (4 for BERT and GPT-2; 2.7 for LLaMA-2 13B).',
    source: 'Vaswani et al. 2017 (3072 / 768); LLaMA-2 13B: 13824 / 5120 (Touvron et al. 2023)',
  }),
  vocabularySizeCount: numberParam({
    label: 'Vocabulary size',
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e6,
    integer: true,
    description:
      'Tokens in the output vocabulary; each position that produces logits costs this many output elements. 0 leaves the output layer out (an encoder used for classification).',
    source: 'GPT-2: 50,257 (Radford et al. 2019); LLaMA-2: 32,000',
  }),
  matmulFlopPerInput: numberParam({
    label: 'Matmul FLOP per input (custom)',
    unit: 'FLOP',
    default: 0,
    min: 0,
    max: 1e15,
    description: 'FLOP of the convolutions and dense layers of one forward pass (2 per multiply-add).',
    source: 'ResNet-18 at 224 x 224: 1.8 G multiply-adds (He et al. 2016), i.e. 3.6 GFLOP',
  }),
  reluElementsPerInputCount: numberParam({
    label: 'ReLU elements per input (custom)',
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e12,
    description: 'Activations that pass through a ReLU (or a quantised table lookup) in one forward pass.',
    source: 'counted from the architecture; docs/model/privacy.md derives 4.84 M for ResNet-18',
  }),
  poolingElementsPerInputCount: numberParam({
    label: 'Pooling inputs per input (custom)',
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e12,
    description: 'Inputs to max-pooling windows in one forward pass (each needs comparisons).',
    source: 'counted from the architecture',
  }),
  outputClassCount: numberParam({
    label: 'Output classes (custom)',
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e6,
    integer: true,
    description: 'Size of the final softmax or argmax of a classifier.',
    source: 'CIFAR-10: 10; ImageNet: 1,000',
  }),
} as const;
