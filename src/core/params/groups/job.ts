// Parameter groups for what the network runs: the kind of job and the model's size and shape.
import { choiceParam, numberParam } from '../spec';

/** What the network runs. */
export const WORKLOAD_PARAMS = {
  kind: choiceParam({
    label: 'Job',
    options: ['training', 'inference'] as const,
    default: 'training',
    description: 'Train a model (6N FLOP per token) or serve one (2N FLOP per token).',
    source:
      'docs/model/performance.md; Kaplan et al. 2020 (arXiv 2001.08361) for the 6N and 2N FLOP-per-token rules',
  }),
} as const;

/** The model's size and shape, shared by training and inference. Default: INTELLECT-1 (10B). */
export const MODEL_PARAMS = {
  parameterCount: numberParam({
    label: 'Parameters',
    unit: 'count',
    default: 1e10,
    min: 100,
    max: 1e15,
    scale: 'log',
    description: 'Number of model parameters N.',
    source:
      'INTELLECT-1 technical report (arXiv 2412.01152): 10B parameters; range from a 264k-parameter CNN (DeepProve) and small MLPs to beyond the 1T-parameter Megatron run (arXiv 2104.04473)',
  }),
  layerCount: numberParam({
    label: 'Layers',
    unit: 'count',
    default: 42,
    min: 1,
    max: 1000,
    integer: true,
    description:
      'Transformer layers L; sets the number of sequential synchronisations in pipeline and tensor placements.',
    source: 'INTELLECT-1 technical report: 42 layers',
  }),
  hiddenSize: numberParam({
    label: 'Hidden size',
    unit: 'count',
    default: 4096,
    min: 16,
    max: 65536,
    integer: true,
    description: 'Width d of the residual stream; activations exchanged per token per layer are d values.',
    source: 'INTELLECT-1 technical report: hidden size 4096',
  }),
  bytesPerParameter: numberParam({
    label: 'Bytes per parameter',
    unit: 'bytes',
    default: 2,
    min: 0.25,
    max: 4,
    description:
      'Storage per weight (2 for bf16, 1 for int8, about 0.56 for 4-bit with scales); sets memory traffic and gradient size.',
    source: 'bf16 training as in INTELLECT-1',
  }),
  sequenceLengthTokens: numberParam({
    label: 'Sequence length',
    unit: 'tokens',
    default: 8192,
    min: 1,
    max: 1e7,
    scale: 'log',
    integer: true,
    description:
      'Training context length T; attention adds 12 L d T FLOP per trained token (PaLM appendix B) on top of 6N.',
    source:
      'INTELLECT-1 technical report: context length 8192; PaLM (arXiv 2204.02311) appendix B for the FLOP count',
    advanced: true,
  }),
  activationBytesPerValue: numberParam({
    label: 'Bytes per activation value',
    unit: 'bytes',
    default: 2,
    min: 0.125,
    max: 4,
    description:
      'Size of one hidden-state value sent between nodes (pipeline stages, tensor-parallel syncs): 2 for fp16/bf16, 1.0625 for Q80.',
    source: 'fp16 hidden states as in Petals; distributed-llama README: Q80 buffer (34 bytes per 32 values)',
    advanced: true,
  }),
} as const;
