// Inputs of the configured run (part of the `limits` group): the configured model trained on a stated
// tensor / pipeline / data split and batch, timed by the latency-wall curve's step model. The device's peak,
// memory bandwidth, memory and GPUs per node come from the hardware group; links and cache from the curve's
// own inputs.

import { flagParam, numberParam } from '../../params/spec';
import { STEP_MATMUL_FRACTION } from './stepEfficiency';

const NARAYANAN =
  'Narayanan et al. 2021, "Efficient large-scale language model training on GPU clusters using Megatron-LM" (arXiv 2104.04473)';

const splitCount = (label: string, description: string) =>
  numberParam({
    label,
    unit: 'count',
    default: 1,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description,
    source: `${NARAYANAN}: PTD-P splits a run into tensor, pipeline and data parallelism`,
    advanced: true,
  });

/** The configured run's split, batch and recomputation. */
export const CONFIGURED_RUN_PARAMS = {
  configuredRunEnabled: flagParam({
    label: 'Time the configured model on a stated split',
    default: false,
    description:
      'Time one step of the configured model on the stated tensor/pipeline/data split and batch with the ' +
      'latency-wall step model (the configuredRun metrics: MFU and HFU).',
    source: 'project choice: off by default so a what-if about another job does no extra work',
    advanced: true,
  }),
  configuredTensorParallelCount: splitCount(
    'Tensor-parallel ways',
    'GPUs each layer is split over (Megatron column/row split of the feed-forward and attention).',
  ),
  configuredPipelineStageCount: splitCount('Pipeline stages', 'Stages the layers are split into.'),
  configuredDataParallelCount: splitCount(
    'Data-parallel replicas',
    'Replicas of the tensor x pipeline group.',
  ),
  configuredSplitSearchGpuCount: numberParam({
    label: 'GPUs to search a split for',
    unit: 'count',
    default: 0,
    min: 0,
    max: 1e7,
    integer: true,
    description:
      '0: use the stated tensor/pipeline/data split. Otherwise: the split of this many GPUs with the highest ' +
      'MFU (tensor ways inside a node, stages in powers of two, paced by the fullest stage, whole micro-batches, memory fits).',
    source: 'project choice, for cases that state the cluster but not the split',
    advanced: true,
  }),
  configuredBatchSequenceCount: numberParam({
    label: 'Global batch',
    unit: 'sequences',
    default: 1536,
    min: 1,
    max: 1e8,
    scale: 'log',
    integer: true,
    description: 'Sequences per optimizer step over all replicas (each model.sequenceLengthTokens long).',
    source:
      'Brown et al. 2020 (arXiv 2005.14165), table 2.1: GPT-3 175B trained with 3.2M-token batches (1,536 x 2,048)',
    advanced: true,
  }),
  configuredMicroBatchSequenceCount: numberParam({
    label: 'Micro-batch',
    unit: 'sequences',
    default: 1,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description: 'Sequences per micro-batch of one replica.',
    source: `${NARAYANAN}: micro-batch size 1 for the largest models`,
    advanced: true,
  }),
  configuredMatmulFraction: numberParam({
    label: 'Matmul efficiency in a training step',
    unit: 'fraction',
    default: STEP_MATMUL_FRACTION,
    min: 0.01,
    max: 1,
    description:
      'Share of peak the matmuls of a whole training step sustain, with the step’s other kernels (norms, ' +
      'softmax, attention scores, optimizer) folded in; the curve’s own limits.achievableMatmulFraction is for ' +
      'long runs of big matmuls alone.',
    source: 'fitted: src/core/limits/utilisation/stepEfficiency.ts (Megatron GPT 1T on 3,072 A100s)',
    advanced: true,
  }),
  configuredZeroStage: numberParam({
    label: 'ZeRO stage (state sharded over data-parallel replicas)',
    unit: 'count',
    default: 1,
    min: 0,
    max: 3,
    integer: true,
    description:
      'What the data-parallel replicas shard of the training state in the configured run’s memory check: ' +
      '0 nothing (each replica holds its whole model shard), 1 the optimizer state (the distributed optimizer), 2 also the gradients, 3 also the weights (fully ' +
      'sharded data parallelism). Memory only: the all-gathers of stage 3’s weights are not timed.',
    source:
      'Rajbhandari et al. 2020, "ZeRO: Memory optimizations toward training trillion parameter models" (arXiv 1910.02054), section 5: P_os, P_os+g, P_os+g+p per device (2+2+K)Ψ with the sharded terms over N_d',
    advanced: true,
  }),
  configuredRecomputation: flagParam({
    label: 'Activation recomputation',
    default: false,
    description:
      'Recompute each layer’s forward pass before its backward pass: one more pass of matmuls per micro-batch; ' +
      'hardware FLOP utilisation then counts 8 instead of 6 FLOP per parameter and token.',
    source: `${NARAYANAN}, section 3.5 (activation recomputation) and appendix (hardware FLOPs count the extra forward)`,
    advanced: true,
  }),
} as const;
