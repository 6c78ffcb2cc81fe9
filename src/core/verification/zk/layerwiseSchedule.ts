// Layer-wise proving (NanoZK): each transformer block is one proof, and the output layer (the vocabulary
// projection, whose weights are the embedding table) is one more proof that cannot be split across workers.
// Proofs run on parallel workers; the wall-clock time is the busiest worker's sum.
import type { PassOperations } from '../../privacy/operationCounts';
import { FLOP_PER_MULTIPLY_ACCUMULATE, zeroNonlinearCounts } from '../../privacy/operationCounts';

/** A pass split into its transformer blocks and its output layer. */
export interface LayerwiseSplit {
  /** All blocks together (each block is 1 / layerCount of it). */
  blocks: PassOperations;
  blockWeightCount: number;
  outputLayer: PassOperations;
  outputLayerWeightCount: number;
}

/**
 * Splits a pass: the output layer is hiddenSize multiply-accumulates per vocabulary logit plus the logits'
 * lookups; its weights take the same share of the weights as its FLOP of the weight FLOP. The rest is the
 * blocks'. A model without a vocabulary output has an empty output layer.
 */
export function splitOutputLayer(
  operations: PassOperations,
  weightCount: number,
  hiddenSize: number,
): LayerwiseSplit {
  const logits = operations.nonlinear.vocabularyOutput;
  const outputFlop = Math.min(operations.matmulFlop, FLOP_PER_MULTIPLY_ACCUMULATE * hiddenSize * logits);
  const outputWeightCount =
    operations.matmulFlop > 0 ? (weightCount * outputFlop) / operations.matmulFlop : 0;
  return {
    blocks: {
      ...operations,
      matmulFlop: operations.matmulFlop - outputFlop,
      nonlinear: { ...operations.nonlinear, vocabularyOutput: 0 },
    },
    blockWeightCount: weightCount - outputWeightCount,
    outputLayer: {
      matmulFlop: outputFlop,
      attentionFlop: 0,
      linearOutputElementCount: logits,
      nonlinear: { ...zeroNonlinearCounts(), vocabularyOutput: logits },
      sequentialLayerCount: logits > 0 ? 1 : 0,
    },
    outputLayerWeightCount: outputWeightCount,
  };
}

/**
 * Wall-clock seconds of `blockCount` equal block proofs of `blockS` each and one output-layer proof of
 * `outputS` on `workerCount` workers, scheduled as well as possible: the output layer's worker also takes
 * `shared` blocks, the other workers share the rest evenly (whole blocks each); the best `shared` wins.
 */
export function layerwiseMakespanS(
  blockCount: number,
  blockS: number,
  outputS: number,
  workerCount: number,
): number {
  if (workerCount <= 1 || blockCount === 0) return blockCount * blockS + outputS;
  let best = Number.POSITIVE_INFINITY;
  for (let shared = 0; shared <= blockCount; shared += 1) {
    const othersS = Math.ceil((blockCount - shared) / (workerCount - 1)) * blockS;
    best = Math.min(best, Math.max(outputS + shared * blockS, othersS));
  }
  return best;
}

/** One block's share of the blocks' operations (every count divided by `blockCount`). */
export function oneBlock(blocks: PassOperations, blockCount: number): PassOperations {
  const share = 1 / Math.max(1, blockCount);
  const nonlinear = { ...blocks.nonlinear };
  for (const kind of Object.keys(nonlinear) as (keyof typeof nonlinear)[]) nonlinear[kind] *= share;
  return {
    matmulFlop: blocks.matmulFlop * share,
    attentionFlop: blocks.attentionFlop * share,
    linearOutputElementCount: blocks.linearOutputElementCount * share,
    nonlinear,
    sequentialLayerCount: blocks.sequentialLayerCount * share,
  };
}
