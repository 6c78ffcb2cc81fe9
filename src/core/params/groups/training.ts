// Parameter group of a training job: strategy, batch, tokens, and the low-communication and pipeline knobs.

import { ACTIVATION_RECOMPUTATION_MODES } from '../../work/recomputation';
import { COLLECTIVE_KINDS } from '../../workloads/collectives';
import { optionSummary, TRAINING_STRATEGIES, TRAINING_STRATEGY_IDS } from '../../workloads/registry';
import { AVERAGING_PARAMS } from '../../workloads/training/averaging/params';
import { PIPELINE_REPLICA_SYNC_MODES } from '../../workloads/training/pipelineReplicaSync';
import { PIPELINE_SCHEDULES } from '../../workloads/training/pipelineSchedules';
import { choiceParam, flagParam, numberParam } from '../spec';
import { ASSUMPTION } from './assumption';

/** Training job parameters (used when workload.kind is training). */
export const TRAINING_PARAMS = {
  strategy: choiceParam({
    label: 'Strategy',
    options: TRAINING_STRATEGY_IDS,
    default: 'low-communication',
    description: `${optionSummary(TRAINING_STRATEGIES)}.`,
    source: 'docs/model/performance.md; DiLoCo (arXiv 2311.08105); SWARM parallelism (arXiv 2301.11913)',
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
      'Streaming DiLoCo: the outer sync runs as P fragments while inner steps compute; each fragment must arrive within tau inner steps of being sent, and training waits for what arrives late.',
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
    options: COLLECTIVE_KINDS,
    default: 'auto',
    description:
      'auto: the faster of ring and tree for this payload and scale (as NCCL chooses); ring-all-reduce: 2(n-1)/n of the payload per node in 2(n-1) one-way delays; tree-all-reduce (recursive halving-doubling): the same bytes in 2 log2(n) delays; hierarchical-all-reduce: reduce inside each site on datacentre links, then only a 1/g shard crosses sites; all-gather: each node uploads its compressed update once (to a relay) and downloads the n-1 others, as needed when compressed updates cannot be summed; parameter-server: one server whose link carries n payloads.',
    source:
      'Patarasuk and Yuan 2009 (ring); Thakur, Rabenseifner and Gropp 2005 (halving-doubling); NVIDIA/nccl issue 754 (NCCL picks ring or tree by size and scale); DisTrO preliminary report (all-gather); Li et al. 2014 OSDI (parameter server)',
    advanced: true,
  }),
  overlapGradientSync: flagParam({
    label: 'Overlap gradient all-reduce with backward',
    default: true,
    description:
      'Data-parallel: gradients are all-reduced in buckets as the backward pass produces them, so only the part that outlasts the backward pass (at least the last bucket) costs time.',
    source:
      'PyTorch DistributedDataParallel (gradient bucketing overlapped with backward, bucket_cap_mb = 25)',
    advanced: true,
  }),
  gradientBucketMB: numberParam({
    label: 'Gradient bucket size',
    unit: 'MB',
    default: 25,
    min: 0.001,
    max: 1e6,
    scale: 'log',
    description:
      'Bytes per all-reduce bucket when the sync overlaps the backward pass; each bucket pays the collective latency once.',
    source: 'PyTorch DistributedDataParallel bucket_cap_mb default 25 (pytorch/pytorch issue 118421)',
    advanced: true,
  }),
  overlapOuterSyncWithBackward: flagParam({
    label: 'Start outer sync during last backward',
    default: false,
    description:
      'Low-communication without streaming: the outer sync is bucketed over the backward pass of the last inner step instead of starting after it.',
    source:
      "Douillard's DiLoCo bandwidth simulator (arthurdouillard.com/diloco): outer gradients reduced over the backward pass",
    advanced: true,
  }),
  streamingFragmentCount: numberParam({
    label: 'Streaming fragments P',
    unit: 'count',
    default: 1,
    min: 1,
    max: 1000,
    integer: true,
    description:
      'With overlap on (Streaming DiLoCo): the parameters are synced as P fragments spread over the round, one every H/P inner steps.',
    source: 'Streaming DiLoCo (arXiv 2501.18512): 8 fragments at 1B, 16 at 10B parameters',
    advanced: true,
  }),
  overlapInnerStepCount: numberParam({
    label: 'Overlap window tau',
    unit: 'count',
    default: 1,
    min: 0,
    max: 10000,
    integer: true,
    description:
      'With overlap on: inner steps a fragment may take to arrive after it is sent before training waits for it; H - 1 with one fragment overlaps the sync with the whole next round.',
    source: 'Streaming DiLoCo (arXiv 2501.18512): tau of 1 to 5 inner steps',
    advanced: true,
  }),
  tensorParallelCount: numberParam({
    label: 'Tensor-parallel GPUs',
    unit: 'count',
    default: 1,
    min: 1,
    max: 64,
    integer: true,
    description:
      'GPUs of one node that split every layer (Megatron-style); they all-reduce activations four times per layer per step over the node’s own links. At most the GPUs per node.',
    source: 'Shoeybi et al. 2019, Megatron-LM (two all-reduces forward and two backward per layer)',
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
  pipelineReplicaSync: choiceParam({
    label: 'Pipeline replicas sync',
    options: PIPELINE_REPLICA_SYNC_MODES,
    default: 'every-step',
    description:
      'How replicas of a pipeline keep each stage in step. every-step: a ring all-reduce of the stage’s gradients after each step; low-communication (SWARM-style): each replica runs the inner steps on its own, then the replicas of each stage average its parameters at the sync bits once per outer round (cost spread over the round; quality penalty as for low-communication training).',
    source:
      'Huang et al. 2019 (GPipe with data parallelism); Ryabinin et al. 2023, SWARM parallelism (arXiv 2301.11913)',
    advanced: true,
  }),
  pipelineSchedule: choiceParam({
    label: 'Pipeline schedule',
    options: PIPELINE_SCHEDULES,
    default: 'gpipe',
    description:
      'Order of micro-batches through the stages (pipeline only). GPipe and 1F1B idle (S - 1) / (M + S - 1) of a step, but GPipe holds all M micro-batches’ activations and 1F1B at most S; interleaved 1F1B cuts the bubble by the chunks per stage for more hops; zero bubble (ZB-H2) fills it from 2S - 1 micro-batches and holds up to 2S - 1.',
    source:
      'Huang et al. 2019 (GPipe); Narayanan et al. 2021 (1F1B, interleaved 1F1B); Qi et al. 2023 (zero bubble, ZB-H2)',
    advanced: true,
  }),
  pipelineChunksPerStageCount: numberParam({
    label: 'Model chunks per stage',
    unit: 'count',
    default: 2,
    min: 1,
    max: 64,
    integer: true,
    description:
      'Interleaved 1F1B only: non-adjacent layer chunks each stage holds (v); the bubble shrinks v-fold.',
    source: 'Narayanan et al. 2021 (interleaved schedule, v = 2 to 4 in their runs)',
    advanced: true,
  }),
  microBatchCount: numberParam({
    label: 'Micro-batches',
    unit: 'count',
    default: 16,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description: 'Micro-batches per step through the pipeline (pipeline only).',
    source: 'GPipe (Huang et al. 2019): bubble fraction (S-1)/(M+S-1)',
  }),
  microBatchSequenceCount: numberParam({
    label: 'Micro-batch size',
    unit: 'count',
    default: 1,
    min: 1,
    max: 65536,
    scale: 'log',
    integer: true,
    description:
      'Sequences (or samples) one model copy (a tensor-parallel group) runs forward and back at once; gradients accumulate over the rest of its tokens per step. Sets the activation memory of data-parallel and low-communication training; pipeline micro-batches follow from the micro-batches per step.',
    source:
      'INTELLECT-1 run configuration (PrimeIntellect-ai/prime, configs/10B/H100_intellect1.toml): micro_batch_size = 1; Megatron-LM --micro-batch-size',
    advanced: true,
  }),
  activationRecomputation: choiceParam({
    label: 'Activation recomputation',
    options: ACTIVATION_RECOMPUTATION_MODES,
    default: 'none',
    description:
      'What a training step keeps for the backward pass. none: every activation; selective: all but the attention scores (recomputed); full: only each transformer layer’s input (the layer’s forward runs again in the backward pass). Counted in the memory check. The extra forward FLOP is not added to the step: MFU counts model FLOP only, so a measured MFU already pays for it (PaLM, Chowdhery et al. 2022, appendix B).',
    source:
      'Megatron-LM --recompute-granularity default None (no recomputation); Korthikanti et al. 2022, arXiv 2205.05198 (selective and full); INTELLECT-1 ran with full (PrimeIntellect-ai/prime, configs/10B/H100_intellect1.toml: act_ckpt = true, every transformer block checkpointed)',
    advanced: true,
  }),
  flashAttention: flagParam({
    label: 'FlashAttention',
    default: true,
    description:
      'The attention kernel never stores the sequence x sequence scores and recomputes them in the backward pass, so training activations lose their a s term.',
    source:
      'Dao et al. 2022, FlashAttention (arXiv 2205.14135); Megatron-LM --attention-backend default auto (Transformer Engine picks a fused or flash kernel)',
    advanced: true,
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
  ...AVERAGING_PARAMS,
} as const;
