// Registry of workload strategies: picks the training strategy or inference placement the params name.
import type { WorkloadCost } from '../engine/types';
import type { Params } from '../params/table';
import { pipelineInferenceCost } from './inference/pipeline';
import { replicatedInferenceCost } from './inference/replicated';
import { tensorInferenceCost } from './inference/tensor';
import { dataParallelCost } from './training/dataParallel';
import { lowCommunicationCost } from './training/lowCommunication';
import { pipelineTrainingCost } from './training/pipeline';

/** Cost of one step of the configured workload on the configured hardware and network. */
export function evaluateWorkload(params: Params): WorkloadCost {
  if (params.workload.kind === 'training') {
    switch (params.training.strategy) {
      case 'data-parallel':
        return dataParallelCost(params);
      case 'low-communication':
        return lowCommunicationCost(params);
      case 'pipeline':
        return pipelineTrainingCost(params);
    }
  }
  switch (params.inference.placement) {
    case 'replicated':
      return replicatedInferenceCost(params);
    case 'pipeline':
      return pipelineInferenceCost(params);
    case 'tensor':
      return tensorInferenceCost(params);
  }
}
