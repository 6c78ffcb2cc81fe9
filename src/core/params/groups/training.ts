// Parameter group of a training job: strategy, batch, tokens, and the low-communication and pipeline knobs.
import { choiceParam, flagParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';

/** Training job parameters (used when workload.kind is training). */
export const TRAINING_PARAMS = {
  strategy: choiceParam({
    label: 'Strategy',
    options: ['data-parallel', 'low-communication', 'pipeline'] as const,
    default: 'low-communication',
    description:
      'data-parallel: all-reduce gradients every step; low-communication (DiLoCo family): H local steps then an outer sync; pipeline (SWARM-style): layers split into stages over nodes.',
    source: 'MODEL.md section 2; DiLoCo (arXiv 2311.08105); SWARM parallelism (arXiv 2301.11913)',
  }),
  tokensPerStepCount: numberParam({
    label: 'Tokens per step (per replica)',
    unit: 'tokens',
    default: 1048576,
    min: 1,
    max: 1e9,
    scale: 'log',
    description:
      'Tokens each replica (node) processes per inner step; the global batch is this times the number of replicas.',
    source: 'INTELLECT-1 technical report: 1,048,576 tokens per step',
  }),
  totalTokensCount: numberParam({
    label: 'Total training tokens',
    unit: 'tokens',
    default: 1e12,
    min: 1e6,
    max: 1e15,
    scale: 'log',
    description: 'Tokens D to train on; sets time to finish.',
    source: 'INTELLECT-1 technical report: 1T tokens',
  }),
  innerStepCount: numberParam({
    label: 'Inner steps H',
    unit: 'count',
    default: 100,
    min: 1,
    max: 10000,
    scale: 'log',
    integer: true,
    description: 'Local steps between outer synchronisations (low-communication only).',
    source: 'INTELLECT-1 technical report: 100 inner steps; DiLoCo uses 500',
  }),
  syncBitsPerValue: numberParam({
    label: 'Bits per synced value',
    unit: 'bits',
    default: 8,
    min: 1,
    max: 32,
    integer: true,
    description: 'Precision of the pseudo-gradients sent at each outer sync (low-communication only).',
    source: 'INTELLECT-1 technical report: int8 pseudo-gradients',
  }),
  extraCompressionRatio: numberParam({
    label: 'Extra compression',
    unit: 'ratio',
    default: 1,
    min: 1,
    max: 10000,
    scale: 'log',
    description:
      'Further reduction of sync bytes beyond quantisation (sparsification, DisTrO-style), as a divisor.',
    source: 'DisTrO preliminary report (Nous Research 2024): 857x total versus fp32 all-reduce',
  }),
  overlapSync: flagParam({
    label: 'Overlap sync with compute',
    default: false,
    description:
      'Streaming variant: the outer sync runs while the next inner steps compute, so an outer round takes the larger of the two.',
    source: 'Streaming DiLoCo (arXiv 2501.18512)',
  }),
  gradientBitsPerValue: numberParam({
    label: 'Bits per gradient value (data-parallel)',
    unit: 'bits',
    default: 32,
    min: 1,
    max: 32,
    integer: true,
    description:
      'Precision of the gradients all-reduced every step by data-parallel training, and the baseline the low-communication reduction is measured against.',
    source:
      'fp32 gradients: PyTorch DDP reduces gradients in the fp32 master precision; INTELLECT-1 states its 400x against fp32 data-parallel',
    advanced: true,
  }),
  syncCollective: choiceParam({
    label: 'Sync collective',
    options: ['ring-all-reduce', 'all-gather'] as const,
    default: 'ring-all-reduce',
    description:
      'ring-all-reduce: payloads are summed along a ring, each node sends and receives 2(n-1)/n of it; all-gather: each node uploads its compressed update once (to a relay) and downloads the n-1 others, as needed when compressed updates cannot be summed in compressed form.',
    source:
      'Patarasuk and Yuan 2009 (ring all-reduce); DisTrO preliminary report arithmetic (upload once, download n-1)',
    advanced: true,
  }),
  pipelineStageCount: numberParam({
    label: 'Pipeline stages',
    unit: 'count',
    default: 4,
    min: 1,
    max: 1000,
    integer: true,
    description: 'Stages the layers are split into (pipeline only); replicas = nodes / stages.',
    source: ASSUMPTION,
  }),
  microBatchCount: numberParam({
    label: 'Micro-batches',
    unit: 'count',
    default: 16,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description: 'Micro-batches per step in the GPipe schedule (pipeline only).',
    source: 'GPipe (Huang et al. 2019): bubble fraction (S-1)/(M+S-1)',
  }),
  activationCompressionRatio: numberParam({
    label: 'Activation compression',
    unit: 'ratio',
    default: 1,
    min: 1,
    max: 100,
    scale: 'log',
    description: 'Divisor on activation bytes sent between stages (pipeline only).',
    source: 'SWARM parallelism (arXiv 2301.11913) uses 8-bit activation compression',
  }),
} as const;
