// Parameter group of an inference job: placement, prompt and output lengths, batch, chain length.
import { choiceParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';

/** Inference job parameters (used when workload.kind is inference). */
export const INFERENCE_PARAMS = {
  placement: choiceParam({
    label: 'Placement',
    options: ['replicated', 'pipeline', 'tensor'] as const,
    default: 'replicated',
    description:
      'replicated: whole model on each node; pipeline (Petals-style): layer blocks on S nodes in a chain; tensor (distributed-llama-style): every layer split across nodes.',
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
    description: 'Tokens in each request’s prompt (processed in one parallel forward pass).',
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
    description: 'Sequences decoded together; weights are read once per step for the whole batch.',
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
