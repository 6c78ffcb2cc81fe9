// One inner training step on one node: every node trains on its own tokens; the rest of a strategy is how
// and how often the nodes synchronise.
import type { Params } from '../../params/table';
import { computeTimeS } from '../compute';
import { trainingFlopPerToken } from '../flops';

/** The compute side of one inner step on one node. */
export interface InnerStep {
  /** FLOP to train on one token (6N + 12 L d T). */
  flopPerToken: number;
  /** Tokens one node trains on per inner step. */
  tokensPerNode: number;
  /** Seconds of forward and backward on one node's GPUs. */
  computeS: number;
}

/** The inner step of the configured training job on one node. */
export function innerStep(params: Params): InnerStep {
  const flopPerToken = trainingFlopPerToken(params);
  const tokensPerNode = params.training.tokensPerStepCount;
  const computeS = computeTimeS(params, flopPerToken * tokensPerNode, params.hardware.gpusPerNodeCount);
  return { flopPerToken, tokensPerNode, computeS };
}
