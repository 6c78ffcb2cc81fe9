// Catalog entries of the metrics workload strategies report in WorkloadCost.metrics (spread into the metric
// catalog, so charts get labels and units and docs/metrics.md lists them).
import type { MetricDefinition } from '../metrics/types';

/** A performance-corner metric definition. */
export const performance = (
  label: string,
  unit: string,
  description: string,
  better: MetricDefinition['better'],
): MetricDefinition => ({ label, unit, description, better, corner: 'performance' });

/** Strategy-specific performance metrics, by name; the names are a type (WorkloadMetricKey). */
export const WORKLOAD_METRICS = {
  modelFlopPerToken: performance(
    'Model FLOP per token',
    'FLOP',
    'FLOP to train on one token: 6N plus 12 L d T for attention (PaLM appendix B).',
    'neither',
  ),
  memoryPerGpuGB: performance(
    'Memory needed per GPU',
    'GiB',
    'Memory each GPU must hold, in GiB (2^30 bytes) like hardware.memoryGB it is checked against: weights, for training also gradients, optimizer state and activations, for generation also the KV cache of the batch.',
    'lower',
  ),
  innerStepTimeS: performance(
    'Inner step time',
    's',
    'Compute time of one local step on one node (low-communication training).',
    'lower',
  ),
  syncTimeS: performance(
    'Sync time',
    's',
    'Time of one synchronisation (gradient all-reduce or outer sync), latency plus transfer, before any overlap.',
    'lower',
  ),
  exposedSyncTimeS: performance(
    'Exposed sync time',
    's',
    'Part of the outer sync that compute does not hide (all of it without overlap).',
    'lower',
  ),
  syncUploadTimeS: performance(
    'Sync upload time',
    's',
    'Seconds one node needs to upload its sync traffic.',
    'lower',
  ),
  syncDownloadTimeS: performance(
    'Sync download time',
    's',
    'Seconds one node needs to download its sync traffic.',
    'lower',
  ),
  syncUploadBytesPerNodePerStep: performance(
    'Sync upload per node',
    'bytes',
    'Bytes one node uploads for one synchronisation.',
    'lower',
  ),
  syncDownloadBytesPerNodePerStep: performance(
    'Sync download per node',
    'bytes',
    'Bytes one node downloads for one synchronisation.',
    'lower',
  ),
  communicationReductionVsDdpRatio: performance(
    'Communication reduction versus data-parallel',
    'ratio',
    'H x (gradient bits / sync bits) x extra compression: how many times fewer payload bytes than syncing gradients every step.',
    'higher',
  ),
  pipelineBubbleFraction: performance(
    'Pipeline bubble',
    'fraction',
    'Share of a step a stage sits idle: (S - 1) / (M + S - 1) for GPipe and 1F1B, (S - 1) / (v M + S - 1) interleaved, 0 for zero bubble from 2S - 1 micro-batches.',
    'lower',
  ),
  activationMemoryPerGpuGB: performance(
    'Activation memory per GPU',
    'GiB',
    'In GiB (2^30 bytes), like hardware.memoryGB. Training activations the busiest GPU keeps for the backward pass (counted in the memory check): per layer s b h (34 + 5 a s / h) bytes at 16 bits for a GPT layer, less with FlashAttention or recomputation, split over tensor-parallel GPUs; a pipeline stage holds its layers for the micro-batches its schedule keeps in flight (GPipe: all M; 1F1B: S; zero bubble: 2S - 1), the last stage also the fp32 logits.',
    'lower',
  ),
  pipelineReplicaCount: performance(
    'Pipeline replicas',
    'count',
    'Copies of the pipeline training side by side: nodes / stages, rounded down.',
    'neither',
  ),
  decodeComputeTimeS: performance(
    'Decoding compute bound',
    's',
    'Time of one decoding step if only FLOP mattered (summed over a chain).',
    'lower',
  ),
  decodeMemoryTimeS: performance(
    'Decoding memory bound',
    's',
    'Time to stream the weights once from memory per decoding step (summed over a chain).',
    'lower',
  ),
  prefillTimeS: performance(
    'Prompt processing time',
    's',
    'Compute time of the prompt pass, before the first token (network time not included).',
    'lower',
  ),
  chainCount: performance(
    'Server chains',
    'count',
    'Independent chains of pipeline servers serving requests side by side.',
    'neither',
  ),
  tensorSyncBytesPerToken: performance(
    'Tensor-parallel traffic per token',
    'bytes',
    'Bytes through the root per generated token per sequence, sent plus received: (n - 1) x 4 x L x d x bytes per value when nodes exchange partial sums; more when the root gathers Q/K/V and feed-forward slices (inference.tensorSyncScheme).',
    'lower',
  ),
  tensorSyncCount: performance(
    'Sync messages per step',
    'count',
    'Messages on the critical path of a decoding step when split over more than one node: 2 per layer when nodes exchange partial sums, 8 per layer (four round trips) when the root gathers slices.',
    'lower',
  ),
  decodeStepTimeS: performance(
    'Decoding step time',
    's',
    'Compute-or-memory-bound time of one decoding step for the batch (the larger bound; summed over a chain), before network time.',
    'lower',
  ),
  forwardPassTimeS: performance(
    'Forward pass time',
    's',
    'Compute-or-memory-bound time of one forward pass over the batch (nothing generated), before network time.',
    'lower',
  ),
  expertsTouchedFraction: performance(
    'Experts read per step',
    'fraction',
    "Mixture-of-experts models: expected share of each layer's routed experts the step's tokens are routed to, so read from memory: 1 - (1 - k/E)^T under uniform routing (k/E for one token, toward 1 for a large batch).",
    'neither',
  ),
  expertAllToAllBytesPerGpu: performance(
    'Expert all-to-all bytes per GPU',
    'bytes',
    "Mixture-of-experts models spread over a node's GPUs: bytes each GPU sends per step in the dispatch and combine all-to-alls of every MoE layer (received on average too).",
    'lower',
  ),
  modelParameterCount: performance(
    'Model parameters',
    'count',
    'Parameters N of the model as its architecture holds them (catalogue preset, given shape, or derived from the requested count).',
    'neither',
  ),
  activeParameterCount: performance(
    'Active parameters',
    'count',
    'Parameters one token passes through: N for a dense model, shared weights plus the routed experts for mixture-of-experts.',
    'neither',
  ),
} as const satisfies Record<string, MetricDefinition>;

/** Name of a workload metric: a misspelt name in a strategy does not compile. */
export type WorkloadMetricKey = keyof typeof WORKLOAD_METRICS;
