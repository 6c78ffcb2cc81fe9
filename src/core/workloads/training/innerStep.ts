// One inner training step on one node: every node trains on its own tokens; the rest of a strategy is how
// and how often the nodes synchronise.
import type { Params } from '../../params/table';
import type { WorkDescription } from '../../work/types';
import { computeTimeS } from '../compute';

/** The compute side of one inner step on one node. */
export interface InnerStep {
  /** FLOP to train on one token (about 6N plus 12 L d T for attention), from the work description. */
  flopPerToken: number;
  /** Tokens (or samples) one node trains on per inner step. */
  tokensPerNode: number;
  /** Seconds of forward and backward on one node's GPUs. */
  computeS: number;
}

/** The inner step of the configured training job on one node. */
export function innerStep(params: Params, work: WorkDescription): InnerStep {
  const pass = work.passes.trainingStep;
  if (!pass) throw new Error(`No training pass for a ${work.family} model`);
  const flopPerToken = pass.totalFlop / pass.tokenCount;
  const tokensPerNode = params.training.tokensPerStepCount;
  const computeS = computeTimeS(params, pass.totalFlop, params.hardware.gpusPerNodeCount);
  return { flopPerToken, tokensPerNode, computeS };
}
