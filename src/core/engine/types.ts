// Shared shapes of the engine: the named terms a step's time is made of, what a workload strategy
// reports, what a technique or ledger adds, and the metrics of one evaluated point.
import type { Params } from '../params/table';
import type { WorkDescription } from '../work/types';
import type { WorkloadMetricKey } from '../workloads/metricDefinitions';

/** Where a slice of step time is charged in the stacked breakdown. */
export type StepCategory =
  | 'compute'
  | 'communication'
  | 'privacy'
  | 'verification'
  | 'ledger'
  | 'straggler'
  | 'churn';

/** The step-time categories in stacking order. */
export const STEP_CATEGORIES: readonly StepCategory[] = [
  'compute',
  'communication',
  'privacy',
  'verification',
  'ledger',
  'straggler',
  'churn',
];

/**
 * What a term scales with when the Monte Carlo path perturbs a step:
 * - `compute`: node speed; in a synchronous step the slowest kept node sets it (straggler);
 * - `latency`: the round-trip time, multiplied by that step's jitter draw;
 * - `fixed`: neither (bandwidth-bound transfers, chain finality, proving on fixed hardware).
 */
export type TermDriver = 'compute' | 'latency' | 'fixed';

/** One named slice of the time of a step, in seconds. */
export interface StepTerm {
  /** Human-readable name, e.g. "ring all-reduce (latency)". */
  name: string;
  category: StepCategory;
  seconds: number;
  driver: TermDriver;
}

/** What a workload strategy (training or inference) reports for one step on the configured network. */
export interface WorkloadCost {
  /** What one step is, for labels: "outer round", "training step", "decoding step". */
  stepLabel: string;
  /** Time terms of one step before privacy, verification, ledger, stragglers and churn. */
  terms: StepTerm[];
  /** Tokens completed per step, summed over the whole network (trained tokens, or generated tokens). */
  tokensPerStep: number;
  /** Useful model FLOP per step over the whole network (6N or 2N per token; excludes redundancy). */
  usefulFlopPerStep: number;
  /** GPUs busy on this job (for utilization, cost and energy). */
  activeGpuCount: number;
  /** Nodes that must all finish a step before it completes (1 when nodes work independently). */
  synchronizedNodeCount: number;
  /** Inner steps between two syncs (H for low-communication training); per-step jitter averages over them. */
  innerStepsPerSyncCount?: number;
  /** Bytes each node sends per step. */
  trafficBytesPerNodePerStep: number;
  /** Steps to finish the job: D / tokens per step for training, output tokens for one inference request. */
  stepsToFinishCount: number;
  /** Time before the first step that is not repeated per step (prompt processing for inference), seconds. */
  setupTimeS: number;
  /** Multiplier on compute needed for equal quality (1 = none; low-communication training pays M^0.195). */
  qualityComputeMultiplierRatio: number;
  /** Strategy-specific numeric outputs (communication reduction, memory per GPU, ...), by metric name. */
  metrics: Partial<Record<WorkloadMetricKey, number>>;
  /** Whether the configuration can run at all (for example, the model fits in memory). */
  feasible: boolean;
  /** Why not, when infeasible. */
  infeasibleReason?: string;
  /** The workload's memory rule's reason when that rule fails (training strategies set it; also in infeasibleReason). */
  memoryInfeasibleReason?: string;
}

/** What a privacy or verification technique, or the ledger, adds to a step. */
export interface TechniqueEffect {
  /** Added time terms on the step's critical path. */
  terms: StepTerm[];
  /** Hardware that does no useful work for this (replicas, auditors): the job needs this many times the GPUs. */
  resourceMultiplierRatio: number;
  /** Extra bytes each node sends per step. */
  trafficBytesPerNodePerStep: number;
  /** Technique-specific numeric outputs, keyed by metric name (documented in docs/metrics.md). */
  metrics: Record<string, number>;
  /** Category outputs (who the data is hidden from, whom one must trust), keyed by label name. */
  labels: Record<string, string>;
}

/** Evaluation context handed to techniques and the ledger. */
export interface EffectContext {
  /** The parameters with the model shape resolved (src/core/models/resolveShape.ts). */
  params: Params;
  /** The one operation-level description of the work (src/core/work). */
  work: WorkDescription;
  workload: WorkloadCost;
}

/** Numeric results of one evaluated point, by metric name (see engine/metrics.ts for units). */
export type Metrics = Record<string, number>;

/** P10 / P50 / P90 of one metric over Monte Carlo runs. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** Everything computed for one parameter set. */
export interface PointResult {
  /** Expected-value (analytic) metrics. */
  metrics: Metrics;
  /** Monte Carlo percentiles for the uncertain metrics (empty when no runs were asked for). */
  bands: Record<string, Band>;
  /** Category outputs (trust assumptions, exposure categories, feasibility reasons). */
  labels: Record<string, string>;
  /** The step's named terms (analytic), for the stacked breakdown. */
  terms: StepTerm[];
  /** Problems that make the point meaningless (infeasible placement, incompatible techniques). */
  warnings: string[];
  /**
   * Whether the configuration can run at all (fits in memory, respects the stated physical limits). When false,
   * the metrics describe a run that cannot happen: outputs mark the row and charts leave a gap.
   */
  feasible: boolean;
  /** Why the configuration cannot run (empty when feasible). */
  infeasibleReasons: string[];
}
