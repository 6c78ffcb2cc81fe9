// What it costs to check generated tokens by re-running them in one parallel prefill (TOPLOC's validation):
// the checker processes every generated token of the batch in a single pass, compute-bound, while generating
// them took one memory-bound decoding step per token. The ratio is why validation is "up to 100x faster"
// than generation (TOPLOC, arXiv 2501.16007): largest at batch 1, smaller as batching makes decoding
// compute-bound too. Both sides run on the node's own GPUs with the roofline of workloads/compute.ts.
import type { EffectContext } from '../engine/types';
import { forwardTime } from '../workloads/compute';

/** Seconds to generate a request batch and to validate it by prefill, on one node's GPUs. */
export interface PrefillValidationTime {
  generationS: number;
  validationS: number;
}

/**
 * Generation: the output tokens decoded one step each. Validation: one pass over all of them, with the FLOP
 * of every decoding step (the same matmul and attention work, now in parallel) and the weights read once.
 * Without generation (a forward pass, nothing decoded), the check re-runs the same pass: equal times.
 */
export function prefillValidationTime(context: EffectContext): PrefillValidationTime {
  const { params, work } = context;
  const gpus = params.hardware.gpusPerNodeCount;
  const decode = work.passes.decodeToken;
  if (params.workload.kind !== 'inference' || params.inference.mode === 'forward' || !decode) {
    const pass = work.passes.batchedForward ?? work.passes.forward ?? work.passes.trainingStep;
    const seconds = pass ? forwardTime(params, pass.totalFlop, pass.weightBytesRead, gpus).seconds : 0;
    return { generationS: seconds, validationS: seconds };
  }
  const steps = Math.max(1, params.inference.outputTokenCount);
  const step = forwardTime(params, decode.totalFlop, decode.weightBytesRead + decode.kvCacheBytesRead, gpus);
  const validation = forwardTime(params, decode.totalFlop * steps, decode.weightBytesRead, gpus);
  return { generationS: step.seconds * steps, validationS: validation.seconds };
}

/** Validation time over generation time (1 when nothing is generated; 0 for an empty job). */
export function prefillValidationFraction(context: EffectContext): number {
  const { generationS, validationS } = prefillValidationTime(context);
  return generationS > 0 ? validationS / generationS : 0;
}
