// Feasibility as an output: a configuration that does not fit in memory or breaks a stated physical limit
// cannot run, and every output (CLI table, JSON, CSV, app readout and charts) says so with the reasons,
// instead of reporting its throughput as if it ran.
import type { Params } from '../params/table';
import type { WorkloadCost } from './types';

/** A physical-limit rule: the reasons this configuration cannot run (empty when it can). */
export type FeasibilityRule = (params: Params, workload: WorkloadCost) => string[];

/** The workload's own verdict: memory fit (weights, gradients, optimizer state, activations) and placement. */
const workloadFits: FeasibilityRule = (_params, workload) =>
  workload.feasible ? [] : [workload.infeasibleReason ?? 'the placement cannot run this job'];

/** Every rule; a new limit is one function here. */
export const FEASIBILITY_RULES: readonly FeasibilityRule[] = [workloadFits];

/** Whether the configuration can run, and why not. */
export interface Feasibility {
  feasible: boolean;
  /** Empty when feasible. */
  infeasibleReasons: string[];
}

/** Applies every rule to one configuration. */
export function feasibility(params: Params, workload: WorkloadCost): Feasibility {
  const infeasibleReasons = FEASIBILITY_RULES.flatMap((rule) => rule(params, workload));
  return { feasible: infeasibleReasons.length === 0, infeasibleReasons };
}
