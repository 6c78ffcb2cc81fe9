// Powerformer's schedule of CKKS operations for one encrypted pass of its distilled BERT-base over 128 tokens
// (softmax replaced by a power function over a running denominator, LayerNorm by a linear normalisation, GELU
// and tanh by pseudo-sign composite polynomials), by part of the model. Counted by running the authors' own
// evaluation code (github.com/thrudgelmir/Powerformer, commit db3a685, powerformer_HE) with random weights: its
// numpy stand-in for the HE library (base_fncs.py) counts rotations, key switches, ciphertext and plaintext
// multiplications, additions and rescales; bootstraps were counted by wrapping its `bootstrap`. Every encoder
// layer has the same counts (layers 0 and 1 were run and matched); the pass is 12 layers plus the pooler.
// Re-measure with scripts/fhe-counts/count_powerformer.py.
// The code does not track levels, so each kind runs at THOR's mean limb count for that kind (assumption: both
// use N = 2^16 DESILO parameter sets with bootstrapping).
import {
  CKKS_OPERATION_KINDS,
  type CkksOperationKind,
  type CkksOperationMix,
  type CkksPart,
  THOR_BERT_BASE_SCHEDULE,
} from './thorSchedule';

/** Powerformer's counts of one pass per part and operation kind (key switches = rotations + relinearisations). */
const POWERFORMER_BERT_BASE_COUNTS: Record<CkksPart, Record<CkksOperationKind, number>> = {
  linear: {
    bootstrap: 0,
    keySwitch: 5637,
    cipherMultiply: 0,
    plainMultiply: 175125,
    add: 175695,
    rescale: 2877,
  },
  attentionProducts: {
    bootstrap: 24,
    keySwitch: 8784,
    cipherMultiply: 4608,
    plainMultiply: 22332,
    add: 22560,
    rescale: 6036,
  },
  softmax: { bootstrap: 0, keySwitch: 216, cipherMultiply: 216, plainMultiply: 72, add: 108, rescale: 72 },
  normalization: {
    bootstrap: 24,
    keySwitch: 204,
    cipherMultiply: 0,
    plainMultiply: 180,
    add: 492,
    rescale: 180,
  },
  activation: {
    bootstrap: 75,
    keySwitch: 2931,
    cipherMultiply: 2856,
    plainMultiply: 2400,
    add: 1725,
    rescale: 2400,
  },
};

/** Mean limb count of one operation kind over THOR's whole counted pass. */
export function thorMeanLimbCount(kind: CkksOperationKind): number {
  let count = 0;
  let limbs = 0;
  for (const mix of Object.values(THOR_BERT_BASE_SCHEDULE)) {
    count += mix[kind].count;
    limbs += mix[kind].count * mix[kind].meanLimbCount;
  }
  return count === 0 ? 0 : limbs / count;
}

const withThorLimbs = (counts: Record<CkksOperationKind, number>): CkksOperationMix =>
  Object.fromEntries(
    CKKS_OPERATION_KINDS.map((kind) => [
      kind,
      { count: counts[kind], meanLimbCount: thorMeanLimbCount(kind) },
    ]),
  ) as CkksOperationMix;

/** Powerformer's schedule of one BERT-base pass at 128 tokens, with THOR's mean limb counts per kind. */
export const POWERFORMER_BERT_BASE_SCHEDULE: Record<CkksPart, CkksOperationMix> = {
  linear: withThorLimbs(POWERFORMER_BERT_BASE_COUNTS.linear),
  attentionProducts: withThorLimbs(POWERFORMER_BERT_BASE_COUNTS.attentionProducts),
  softmax: withThorLimbs(POWERFORMER_BERT_BASE_COUNTS.softmax),
  normalization: withThorLimbs(POWERFORMER_BERT_BASE_COUNTS.normalization),
  activation: withThorLimbs(POWERFORMER_BERT_BASE_COUNTS.activation),
};
