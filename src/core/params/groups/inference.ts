// Parameter group of an inference job: placement, prompt and output lengths, batch, chain length.
import { SOFTWARE_STACK_IDS } from '../../workloads/inference/softwareStacks';
import { TENSOR_SYNC_SCHEME_IDS } from '../../workloads/inference/tensorSyncSchemes';
import {
  DISTRIBUTED_LLAMA_BARRIERS_PER_LAYER_COUNT,
  DISTRIBUTED_LLAMA_THREAD_BARRIER_US,
} from '../../workloads/inference/threadBarriers';
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
      'Software cost paid per message (hop) on the critical path of a pipeline or tensor-parallel step: serialising, the RPC framework, thread wake-ups and client-side work between hops. auto: Petals for pipeline, distributed-llama for tensor; petals 74 ms, distributed-llama 0 (its spinning socket reads add nothing beyond the round trip), exo 12 ms, llama-cpp-rpc 3.4 ms per hop; none: wire only; custom: the value below.',
    source:
      'Petals and exo: fitted, one case each (docs/validation.md, fitted constants); distributed-llama: src/socket.cpp (TCP_NODELAY, spinning non-blocking reads); llama.cpp RPC: ggml-org/llama.cpp pull request 6829 (local vs remote RPC server, 60 vs 42 tokens/s)',
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
  tensorSyncScheme: choiceParam({
    label: 'Tensor-parallel sync scheme',
    options: TENSOR_SYNC_SCHEME_IDS,
    default: 'all-gather',
    description:
      'How the nodes of a tensor-parallel layer synchronise. all-gather: each node sends its partial sums (a hidden-size vector) to every other node after attention and after the feed-forward block (one network delay each). root-gather: the root broadcasts each input, gathers Q/K/V slices and runs attention alone, and gathers and redistributes the feed-forward hidden slices (four round trips through the root per layer).',
    source:
      'distributed-llama: src/llm.cpp at commit aec85b9 (all-gather, from 0.12); src/transformer-tasks.cpp at v0.1.0 and src/llama2-tasks.cpp at v0.3.1 (root-gather)',
    advanced: true,
  }),
  threadBarriersPerLayerCount: numberParam({
    label: 'Thread barriers per layer',
    unit: 'count',
    default: DISTRIBUTED_LLAMA_BARRIERS_PER_LAYER_COUNT,
    min: 0,
    max: 1000,
    integer: true,
    description:
      'Operations per layer after each of which the threads of a tensor-parallel node wait for one another (the same at any node count).',
    source:
      'distributed-llama src/llm.cpp at commit aec85b9: 28 steps per layer (29 at v0.1.0, 38 at v0.3.1)',
    advanced: true,
  }),
  threadBarrierUs: numberParam({
    label: 'Cost per thread barrier',
    unit: 'us',
    default: DISTRIBUTED_LLAMA_THREAD_BARRIER_US,
    min: 0,
    max: 100_000,
    description:
      'Time a tensor-parallel node loses per barrier: the wait for its slowest thread plus the hand-off.',
    source: 'fitted: distributed-llama-70b-vms, 2-VM time per token (docs/validation.md, fitted constants)',
    advanced: true,
  }),
} as const;
