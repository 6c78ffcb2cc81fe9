// Parameter group of an inference job: placement, prompt and output lengths, batch, chain length.
import { SOFTWARE_STACK_IDS } from '../../workloads/inference/softwareStacks';
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
  softwareStack: choiceParam({
    label: 'Software stack',
    options: SOFTWARE_STACK_IDS,
    default: 'auto',
    description:
      'Software cost paid per message (hop) on the critical path of a pipeline or tensor-parallel step: serialising, the RPC framework, thread wake-ups and client-side work between hops. auto: Petals for pipeline, distributed-llama for tensor; petals 74 ms, distributed-llama 0.035 ms, exo 12 ms, llama-cpp-rpc 3.4 ms per hop; none: wire only; custom: the value below.',
    source:
      'Petals, distributed-llama and exo: fitted, one case each (docs/validation.md, fitted constants); llama.cpp RPC: ggml-org/llama.cpp pull request 6829 (local vs remote RPC server, 60 vs 42 tokens/s)',
    advanced: true,
  }),
  customHopSoftwareMs: numberParam({
    label: 'Software cost per hop (custom stack)',
    unit: 'ms',
    default: 1,
    min: 0,
    max: 10_000,
    description: 'Software cost per message when the software stack is custom.',
    source: ASSUMPTION,
    advanced: true,
  }),
} as const;
