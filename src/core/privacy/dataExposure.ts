// Who sees a record when nothing hides it: the node that processes it and every node that shares in the same
// synchronous step (gradients and activations can be inverted to recover inputs). Shared by the techniques
// that leave the data visible to operators (none, differential privacy, and TEE once it is broken).
import { anyAdversarialProbability } from '../adversary/binomial';
import type { EffectContext } from '../engine/types';

/**
 * Nodes that see a record or something invertible from it in one step: the workload's synchronized nodes
 * (all-reduce peers, pipeline stages, tensor shards), at least the one node that processes it.
 * Source: gradient inversion, Zhu et al. 2019 "Deep Leakage from Gradients" (arXiv 1906.08935).
 */
export function nodesSeeingRecordCount(context: EffectContext): number {
  return Math.max(1, context.workload.synchronizedNodeCount);
}

/** Probability that at least one node seeing a record is adversarial: 1 - (1 - f)^nodes. */
export function plainExposureProbability(context: EffectContext): number {
  return anyAdversarialProbability(
    nodesSeeingRecordCount(context),
    context.params.adversary.maliciousFraction,
  );
}
