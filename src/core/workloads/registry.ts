// Registry of workload strategies: one object per training strategy and inference placement; the option
// lists and their descriptions derive from these objects, so adding one is one file and one line here.
import type { WorkloadCost } from '../engine/types';
import type { Params } from '../params/table';
import type { WorkDescription } from '../work/types';
import { PIPELINE_INFERENCE } from './inference/pipeline';
import { REPLICATED_INFERENCE } from './inference/replicated';
import { TENSOR_INFERENCE } from './inference/tensor';
import { DATA_PARALLEL } from './training/dataParallel';
import { LOW_COMMUNICATION } from './training/lowCommunication';
import { PIPELINE_TRAINING } from './training/pipeline';
import type { WorkloadStrategy } from './types';

/** Training strategies, in option order (the first is not the default; the table names the default). */
export const TRAINING_STRATEGIES = [DATA_PARALLEL, LOW_COMMUNICATION, PIPELINE_TRAINING] as const;
/** Inference placements, in option order. */
export const INFERENCE_PLACEMENTS = [REPLICATED_INFERENCE, PIPELINE_INFERENCE, TENSOR_INFERENCE] as const;

type Ids<List extends readonly { id: string }[]> = { [Index in keyof List]: List[Index]['id'] };
const idsOf = <List extends readonly { id: string }[]>(list: List) =>
  list.map((item) => item.id) as Ids<List>;

/** The `training.strategy` options. */
export const TRAINING_STRATEGY_IDS = idsOf(TRAINING_STRATEGIES);
/** The `inference.placement` options. */
export const INFERENCE_PLACEMENT_IDS = idsOf(INFERENCE_PLACEMENTS);

/** "id: description; ..." for a parameter's description. */
export function optionSummary(list: readonly WorkloadStrategy[]): string {
  return list.map((strategy) => `${strategy.id}: ${strategy.description}`).join('; ');
}

/** The strategy the params choose. */
export function chosenStrategy(params: Params): WorkloadStrategy {
  const [list, id] =
    params.workload.kind === 'training'
      ? [TRAINING_STRATEGIES, params.training.strategy]
      : [INFERENCE_PLACEMENTS, params.inference.placement];
  const strategy = (list as readonly WorkloadStrategy[]).find((item) => item.id === id);
  if (!strategy) throw new Error(`Unknown ${params.workload.kind} strategy "${id}"`);
  return strategy;
}

/** Cost of one step of the configured workload on the configured hardware and network. */
export function evaluateWorkload(params: Params, work: WorkDescription): WorkloadCost {
  return chosenStrategy(params).cost(params, work);
}
