// Metrics the engine itself computes for every point (engine/metrics.ts and engine/evaluate.ts).
import type { MetricDefinition } from './types';

const stepShare = (category: string): MetricDefinition => ({
  label: `Step time: ${category}`,
  unit: 's',
  description: `Seconds of one step charged to ${category} (one slice of the stacked breakdown).`,
  better: 'lower',
  corner: 'performance',
});

/** Performance metrics every evaluation reports. */
export const ENGINE_METRICS: Readonly<Record<string, MetricDefinition>> = {
  stepTimeS: {
    label: 'Step time',
    unit: 's',
    description:
      'Wall-clock time of one step (training: one step or outer round; inference: one decoding step) with every overhead.',
    better: 'lower',
    corner: 'performance',
  },
  throughputTokensPerS: {
    label: 'Throughput',
    unit: 'tokens/s',
    description:
      'Useful tokens per second over the whole network (trained or generated), after lost work and redundancy.',
    better: 'higher',
    corner: 'performance',
  },
  utilizationFraction: {
    label: 'Utilization (MFU)',
    unit: 'fraction',
    description: 'Useful model FLOP divided by the peak FLOP of every GPU for the same time.',
    better: 'higher',
    corner: 'performance',
  },
  computeTimeFraction: {
    label: 'Compute share of step',
    unit: 'fraction',
    description: 'Share of the step spent computing (INTELLECT-1 calls this compute utilisation).',
    better: 'higher',
    corner: 'performance',
  },
  timeToFinishS: {
    label: 'Time to finish',
    unit: 's',
    description:
      'Training: time to process all tokens. Inference: time to answer one request (prompt plus output).',
    better: 'lower',
    corner: 'performance',
  },
  timeToEqualQualityS: {
    label: 'Time to equal quality',
    unit: 's',
    description:
      'Time to finish times the extra compute needed for the same quality (low-communication penalty).',
    better: 'lower',
    corner: 'performance',
  },
  costPerMillionTokensUsd: {
    label: 'Cost per million tokens',
    unit: 'USD',
    description: 'GPU rental plus ledger fees per million useful tokens.',
    better: 'lower',
    corner: 'performance',
  },
  energyPerMillionTokensKWh: {
    label: 'Energy per million tokens',
    unit: 'kWh',
    description: 'GPU board energy per million useful tokens (no host, network or cooling).',
    better: 'lower',
    corner: 'performance',
  },
  stepComputeS: stepShare('compute'),
  stepCommunicationS: stepShare('communication'),
  stepPrivacyS: stepShare('privacy'),
  stepVerificationS: stepShare('verification'),
  stepLedgerS: stepShare('the ledger'),
  stepStragglerS: stepShare('waiting for stragglers'),
  stepChurnS: stepShare('rounds redone after churn'),
  trafficBytesPerNodePerStep: {
    label: 'Traffic per node per step',
    unit: 'bytes',
    description: 'Bytes each node sends in one step, including technique overheads.',
    better: 'lower',
    corner: 'performance',
  },
  qualityComputeMultiplierRatio: {
    label: 'Compute for equal quality',
    unit: 'ratio',
    description: 'How many times more compute the strategy needs for the quality of synchronous training.',
    better: 'lower',
    corner: 'performance',
  },
  resourceMultiplierRatio: {
    label: 'Hardware multiple',
    unit: 'ratio',
    description:
      'How many times the hardware the techniques need for the same useful work (replicas, auditors).',
    better: 'lower',
    corner: 'performance',
  },
  slowdownVsDatacentreRatio: {
    label: 'Slowdown vs one datacentre',
    unit: 'ratio',
    description:
      'Throughput of the same GPUs and job in one datacentre (no techniques, no ledger) divided by this throughput.',
    better: 'lower',
    corner: 'performance',
  },
};
