// Feasibility as an output: a configuration that does not fit in memory or breaks a stated physical limit
// cannot run, and every output (CLI table, JSON, CSV, app readout and charts) says so with the reasons,
// instead of reporting its throughput as if it ran.
import {
  configuredRunDecidesMemory,
  configuredRunMemoryProblems,
} from '../limits/utilisation/configuredRunMemory';
import type { Params } from '../params/table';
import type { WorkloadCost } from './types';

/** A physical-limit rule: the reasons this configuration cannot run (empty when it can). */
export type FeasibilityRule = (params: Params, workload: WorkloadCost) => string[];

/**
 * The workload's own verdict: memory fit (weights, gradients, optimizer state, activations) and placement.
 * On a configured-run row the workload's memory rule (its state over one node's GPUs) judges a placement the
 * row does not use, so only its placement reasons count there; configuredRunFits judges the memory.
 */
const workloadFits: FeasibilityRule = (params, workload) => {
  if (workload.feasible) return [];
  const reason = workload.infeasibleReason ?? 'the placement cannot run this job';
  const memoryOnly = reason === workload.memoryInfeasibleReason;
  return memoryOnly && configuredRunDecidesMemory(params) ? [] : [reason];
};

/** The configured run's split must fit in device memory under its own memory model (training rows with it on). */
const configuredRunFits: FeasibilityRule = (params) => configuredRunMemoryProblems(params);

/** Every rule; a new limit is one function here. */
export const FEASIBILITY_RULES: readonly FeasibilityRule[] = [workloadFits, configuredRunFits];

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
