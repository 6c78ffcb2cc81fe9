// Operation counts of a catalogue CNN or MLP, read from the shared work description (src/core/work): its
// forward layers give, per input, the matmul FLOP, the ReLU, SiLU/sigmoid, GeLU and max-pooling elements and
// the width of the output layer (the classifier's softmax or argmax). A model whose counts are typed in the `workShape` group
// (`workShape.architecture = custom`) keeps those instead.
import { architectureOf } from '../models/fromParams';
import { isLayerList } from '../models/types';
import type { Params } from '../params/table';
import { describeWork } from '../work/describe';
import { type PassOperations, zeroNonlinearCounts } from './operationCounts';

/** True when the job is a catalogue CNN or MLP whose counts come from the work description. */
export function isCatalogueLayerList(params: Params): boolean {
  if (params.workShape.architecture === 'custom' || params.model.architecture === 'custom') return false;
  return isLayerList(architectureOf(params));
}

/** True when the secure cost models price one forward pass per input (a CNN or MLP), not token passes. */
export function isPerInputWork(params: Params): boolean {
  return params.workShape.architecture === 'custom' || isCatalogueLayerList(params);
}

/** Operations of one forward pass of a catalogue CNN or MLP over `inputCount` inputs. */
export function layerListPassOperations(params: Params, inputCount: number): PassOperations {
  const forward = describeWork(params).passes.forward;
  if (!forward) throw new Error(`model.architecture "${params.model.architecture}" has no forward pass`);
  const last = forward.layers.at(-1);
  const outputClasses = last ? last.outputShape.reduce((a, b) => a * b, 1) : 0;
  const counts = forward.nonLinearElementCounts;
  const nonlinear = zeroNonlinearCounts();
  nonlinear.relu = counts.relu * inputCount;
  nonlinear.silu = counts.silu * inputCount;
  nonlinear.gelu = counts.gelu * inputCount;
  nonlinear.pooling = counts.pooling * inputCount;
  nonlinear.softmax = outputClasses * inputCount;
  return {
    matmulFlop: forward.matmulFlop * inputCount,
    attentionFlop: 0,
    linearOutputElementCount: (counts.relu + counts.silu + counts.gelu + outputClasses) * inputCount,
    nonlinear,
    sequentialLayerCount: forward.sequentialLayerCount,
  };
}
