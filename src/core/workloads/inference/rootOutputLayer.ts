// distributed-llama splits every transformer block across the nodes but runs the final vocabulary projection
// (the classifier, hidden x vocabulary weights) on the root alone: in its task lists the finalize matmul is a
// root task, absent from the workers' (b4rtaz/distributed-llama, src/llama2-tasks.cpp, buildLlama2Arch:
// llamaFinalize is in the inference list only). So the root reads the whole classifier every step, not 1/n.
import type { Params } from '../../params/table';
import type { PassWork, WorkDescription } from '../../work/types';
import { type ForwardTime, forwardTime } from '../compute';

/** FLOP per multiply-add. */
const FLOP_PER_MULTIPLY_ADD = 2;

/** Weights of the vocabulary projection (tied or not: the matmul reads them either way). */
function classifierWeightCount(pass: PassWork): number {
  const output = pass.layers.find((layer) => layer.kind === 'vocabularyOutput');
  if (!output || pass.tokenCount === 0) return 0;
  return output.matmulFlop / FLOP_PER_MULTIPLY_ADD / pass.tokenCount;
}

/**
 * Extra time the root spends on the unsliced classifier beyond its 1/n share (already in the sliced step):
 * (1 - 1/n) of the classifier's FLOP and weight bytes. Zero for one node or a model without a vocabulary.
 */
export function rootOutputLayerExtra(
  params: Params,
  work: WorkDescription,
  pass: PassWork | undefined,
): ForwardTime {
  const nodeCount = params.network.nodeCount;
  const weights = pass ? classifierWeightCount(pass) : 0;
  if (!pass || nodeCount <= 1 || weights === 0) return { computeS: 0, memoryS: 0, seconds: 0 };
  const unshared = 1 - 1 / nodeCount;
  const output = pass.layers.find((layer) => layer.kind === 'vocabularyOutput');
  const bytesPerWeight = work.weightBytes / work.parameterCount;
  return forwardTime(
    params,
    (output?.matmulFlop ?? 0) * unshared,
    weights * bytesPerWeight * unshared,
    params.hardware.gpusPerNodeCount,
  );
}
