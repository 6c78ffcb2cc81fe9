// Parameter group of an inference job: placement, prompt and output lengths, batch, chain length.
import { INFERENCE_PLACEMENT_IDS, INFERENCE_PLACEMENTS, optionSummary } from '../../workloads/registry';
import { choiceParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';

/** Inference job parameters (used when workload.kind is inference). */
export const INFERENCE_PARAMS = {
  mode: choiceParam({
    label: 'Request',
    options: ['generate', 'forward'] as const,
    default: 'generate',
    description:
      'generate: a decoder processes the prompt (prefill) then decodes the output tokens one step each; forward: one forward pass over each input (a sequence of prompt tokens, an image, a vector), nothing generated, as encoders, CNNs and MLPs run.',
    source:
      'Devlin et al. 2019 (encoders run one forward pass per input); Radford et al. 2019 (decoders generate)',
  }),
  placement: choiceParam({
    label: 'Placement',
    options: INFERENCE_PLACEMENT_IDS,
    default: 'replicated',
    description: `${optionSummary(INFERENCE_PLACEMENTS)}.`,
    source: 'Petals (arXiv 2209.01188); distributed-llama (b4rtaz/distributed-llama)',
  }),
  promptTokenCount: numberParam({
    label: 'Prompt tokens',
    unit: 'tokens',
    default: 128,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description:
      'Tokens in each request’s prompt (processed in one parallel forward pass); for a forward request, the tokens of each input sequence.',
    source: ASSUMPTION,
  }),
  outputTokenCount: numberParam({
    label: 'Output tokens',
    unit: 'tokens',
    default: 128,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description: 'Tokens generated per request, one sequential step each.',
    source: ASSUMPTION,
  }),
  batchSizeCount: numberParam({
    label: 'Batch size',
    unit: 'sequences',
    default: 1,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description:
      'Sequences (or images, for a CNN) processed together; weights are read once per step for the whole batch.',
    source: ASSUMPTION,
  }),
  pipelineStageCount: numberParam({
    label: 'Chain length (servers)',
    unit: 'count',
    default: 3,
    min: 1,
    max: 1000,
    integer: true,
    description: 'Servers a request walks through per token (pipeline placement only).',
    source: 'Petals README benchmark: 3 servers',
  }),
} as const;
