// Turns a step's time and the workload's figures into the named output metrics. Every metric name says its
// unit; docs/metrics.md lists them all (generated from METRIC_DEFINITIONS).

import type { Params } from '../params/table';
import { computePeakFlopPerS } from '../precision/formats';
import { JOULES_PER_KWH, SECONDS_PER_HOUR } from '../units';
import type { Metrics, WorkloadCost } from './types';

/** Tokens in the "per million tokens" unit of cost and energy. */
const TOKENS_PER_MILLION = 1e6;

/** What metricsFromStepTime needs besides the params. */
export interface StepFigures {
  workload: WorkloadCost;
  /** Wall-clock time of one step including every overhead, seconds. */
  stepTimeS: number;
  /** Seconds of the step charged to compute (for the compute-time fraction). */
  computeS: number;
  /** Share of the step's tokens that count (drop-slowest and churn lose work), 0..1. */
  keptWorkFraction: number;
  /** Hardware multiple the techniques need (replicas, auditors), >= 1. */
  resourceMultiplierRatio: number;
  /** Ledger fees per step, USD. */
  ledgerCostPerStepUsd: number;
}

/** The metrics that depend on the step time (shared by the analytic and the Monte Carlo paths). */
export function metricsFromStepTime(params: Params, figures: StepFigures): Metrics {
  const { workload, stepTimeS, resourceMultiplierRatio } = figures;
  const usefulTokensPerStep = (workload.tokensPerStep * figures.keptWorkFraction) / resourceMultiplierRatio;
  const usefulFlopPerStep = (workload.usefulFlopPerStep * figures.keptWorkFraction) / resourceMultiplierRatio;
  const gpuCount = workload.activeGpuCount;
  const peakFlopPerStep = gpuCount * computePeakFlopPerS(params) * stepTimeS;
  const gpuCostPerStepUsd = (gpuCount * params.hardware.pricePerGpuHourUsd * stepTimeS) / SECONDS_PER_HOUR;
  const energyPerStepKWh = (gpuCount * params.hardware.wattsPerGpu * stepTimeS) / JOULES_PER_KWH;
  const timeToFinishS =
    workload.setupTimeS +
    (workload.stepsToFinishCount * stepTimeS) / Math.max(figures.keptWorkFraction, 1e-300);
  return {
    stepTimeS,
    throughputTokensPerS: usefulTokensPerStep / stepTimeS,
    utilizationFraction: peakFlopPerStep > 0 ? usefulFlopPerStep / peakFlopPerStep : 0,
    computeTimeFraction: stepTimeS > 0 ? figures.computeS / stepTimeS : 0,
    timeToFinishS,
    timeToEqualQualityS: timeToFinishS * workload.qualityComputeMultiplierRatio,
    costPerMillionTokensUsd:
      ((gpuCostPerStepUsd + figures.ledgerCostPerStepUsd) / usefulTokensPerStep) * TOKENS_PER_MILLION,
    energyPerMillionTokensKWh: (energyPerStepKWh / usefulTokensPerStep) * TOKENS_PER_MILLION,
  };
}

/** The metrics the Monte Carlo path reports as P10 / P50 / P90 bands. */
export const BANDED_METRICS = [
  'stepTimeS',
  'throughputTokensPerS',
  'utilizationFraction',
  'computeTimeFraction',
  'timeToFinishS',
  'costPerMillionTokensUsd',
] as const;
