// The shape of a workload strategy: one object per training strategy or inference placement, in its own
// file; the registry derives the option lists, descriptions and rules from these objects.
import type { WorkloadCost } from '../engine/types';
import type { ParamConstraint } from '../params/constraints';
import type { Params } from '../params/table';
import type { WorkDescription } from '../work/types';
import type { WorkloadMetricKey } from './metricDefinitions';

/** One training strategy or inference placement. */
export interface WorkloadStrategy<Id extends string = string> {
  /** The option value in `training.strategy` or `inference.placement`. */
  id: Id;
  kind: 'training' | 'inference';
  /** One sentence for the option list: what the strategy does. */
  description: string;
  /** Where the strategy comes from. */
  source: string;
  /** Metrics the strategy reports besides the engine's. */
  metricKeys: readonly WorkloadMetricKey[];
  /** Cross-field rules that apply when the strategy is chosen. */
  rules: readonly ParamConstraint[];
  /** The cost of one step of the configured job, reading the one description of its work. */
  cost(params: Params, work: WorkDescription): WorkloadCost;
}
