// Parameter groups for what the network runs: the kind of job and the model's size and shape.
import { CATALOGUE_IDS } from '../../models/catalogue';
import { choiceParam, flagParam, numberParam } from '../spec';

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

/** Description shared by the shape fields that may be left to the aspect-ratio rule. */
const DERIVE_NOTE = '0 derives it from the parameter count (custom architecture only).';
const SHAPE_SOURCE =
  'Custom shape; 0 follows the aspect-ratio rule of src/core/models/deriveShape.ts (d/L = 128: GPT-3 175B, Llama 2 and 3; Kaplan et al. 2020 figure 5)';

/** A whole-number shape field whose 0 means "derive". */
function shapeField(label: string, description: string, max: number) {
  return numberParam({
    label,
    unit: 'count',
    default: 0,
    min: 0,
    max,
    integer: true,
    description: `${description} ${DERIVE_NOTE}`,
    source: SHAPE_SOURCE,
    advanced: true,
  });
}

/**
 * The model's architecture, size and shape, shared by training and inference. Default: a custom decoder of
 * 10B parameters (INTELLECT-1's size) whose shape follows from the count.
 */
export const MODEL_PARAMS = {
  architecture: choiceParam({
    label: 'Architecture',
    options: ['custom', ...CATALOGUE_IDS] as const,
    default: 'custom',
    description:
      'A catalogue model (its shape and parameter count are fixed; apply its preset) or custom: a transformer built from the fields below.',
    source: 'Model catalogue (src/core/models/presets), each entry citing its model card or paper',
  }),
  family: choiceParam({
    label: 'Family',
    options: ['decoder', 'encoder'] as const,
    default: 'decoder',
    description:
      'Custom architecture only: decoder (causal, generates tokens) or encoder (bidirectional, one forward pass per input). CNNs and MLPs come from the catalogue.',
    source: 'Vaswani et al. 2017; Radford et al. 2019 (decoder); Devlin et al. 2019 (encoder)',
  }),
  parameterCount: numberParam({
    label: 'Parameters',
    unit: 'count',
    default: 1e10,
    min: 100,
    max: 1e15,
    scale: 'log',
    description:
      'Number of model parameters N. A custom shape is solved so its count is N; a catalogue model must keep its own count.',
    source:
      'INTELLECT-1 technical report (arXiv 2412.01152): 10B parameters; range from a 264k-parameter CNN (DeepProve) and small MLPs to beyond the 1T-parameter Megatron run (arXiv 2104.04473)',
  }),
  layerCount: shapeField('Layers', 'Transformer layers L.', 1000),
  hiddenSize: shapeField('Hidden size', 'Width d of the residual stream.', 262144),
  attentionHeadCount: shapeField('Attention heads', 'Query heads per layer.', 4096),
  keyValueHeadCount: shapeField(
    'Key/value heads',
    'Key and value heads per layer (fewer than the query heads for grouped-query attention); 0 means as many as the query heads, at most 8 (grouped-query, as in Llama 3).',
    4096,
  ),
  feedForwardSize: shapeField(
    'Feed-forward width',
    'Hidden width of the feed-forward (of one expert for mixture-of-experts); 0 solves it so the shape holds N parameters.',
    4194304,
  ),
  gatedFeedForward: flagParam({
    label: 'Gated feed-forward',
    default: true,
    description:
      'Custom architecture: gated feed-forward with SiLU and RMSNorm, no biases (Llama family), or plain GELU with LayerNorm and biases (GPT-2, BERT).',
    source: 'Shazeer 2020 (arXiv 2002.05202); Touvron et al. 2023',
    advanced: true,
  }),
  vocabularySize: numberParam({
    label: 'Vocabulary',
    unit: 'tokens',
    default: 32000,
    min: 1,
    max: 1e7,
    scale: 'log',
    integer: true,
    description:
      'Custom architecture: tokens in the vocabulary (embedding rows and, for decoders, output logits).',
    source: 'Llama 2 (Touvron et al. 2023): 32,000 tokens',
    advanced: true,
  }),
  tiedEmbeddings: flagParam({
    label: 'Tied embeddings',
    default: false,
    description: 'Custom architecture: the output projection shares the input embedding.',
    source: 'Llama 2 unties them; GPT-2 ties them (Radford et al. 2019)',
    advanced: true,
  }),
  expertCount: numberParam({
    label: 'Experts',
    unit: 'count',
    default: 1,
    min: 1,
    max: 4096,
    integer: true,
    description: 'Custom architecture: routed experts per feed-forward layer (1 = dense).',
    source: 'Mixtral (arXiv 2401.04088): 8 experts',
    advanced: true,
  }),
  activeExpertCount: numberParam({
    label: 'Active experts',
    unit: 'count',
    default: 1,
    min: 1,
    max: 4096,
    integer: true,
    description: 'Custom architecture: experts each token is routed to (top-k).',
    source: 'Mixtral (arXiv 2401.04088): top-2',
    advanced: true,
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
} as const;
