// THOR's schedule of CKKS operations for one encrypted BERT-base forward pass over 128 tokens, by part of the
// model, and how each part scales to another transformer's operation counts. The counts were taken by running
// the authors' own evaluation code (github.com/Desilo/THOR, commit ee444dd, src/thor/he.py, default mode) on a
// stand-in for the DESILO engine that only counts each call and tracks the ciphertext level (one level per
// multiplication): 12 encoder layers, pooler and classifier. Mean limb counts are level + 1 at each call.
// Re-measure with scripts/fhe-counts/count_thor.py.
import type { PassOperations } from '../operationCounts';

/** The CKKS operation kinds the cost model prices. */
export const CKKS_OPERATION_KINDS = [
  'bootstrap',
  'keySwitch',
  'cipherMultiply',
  'plainMultiply',
  'add',
  'rescale',
] as const;

/** One CKKS operation kind. */
export type CkksOperationKind = (typeof CKKS_OPERATION_KINDS)[number];

/** How many times an operation runs and the mean number of RNS limbs (level + 1) it runs at. */
export interface CkksOperationTally {
  count: number;
  meanLimbCount: number;
}

/** The operations of one part of the model. */
export type CkksOperationMix = Record<CkksOperationKind, CkksOperationTally>;

/** The parts of a transformer pass THOR evaluates with different algorithms. */
export type CkksPart = 'linear' | 'attentionProducts' | 'softmax' | 'normalization' | 'activation';

const tally = (count: number, meanLimbCount: number): CkksOperationTally => ({ count, meanLimbCount });

/**
 * Counts of one BERT-base pass (128 tokens) per part. Key switches are rotations, relinearisations and
 * conjugations; plain multiplies include constant and imaginary-unit products; rescales include the explicit
 * NTT and inverse-NTT passes. `linear` holds the weight products (diagonal-major packing, 16 rotated copies of
 * each input), the pooler and classifier; `attentionProducts` Q K^T and scores x V (baby-step giant-step);
 * `softmax`, `normalization` and `activation` the polynomial approximations with their bootstraps.
 */
export const THOR_BERT_BASE_SCHEDULE: Record<CkksPart, CkksOperationMix> = {
  linear: {
    bootstrap: tally(50, 0),
    keySwitch: tally(10429, 5.31),
    cipherMultiply: tally(22, 11.64),
    plainMultiply: tally(224808, 6.02),
    add: tally(228795, 5.0),
    rescale: tally(15280, 6.26),
  },
  attentionProducts: {
    bootstrap: tally(24, 0),
    keySwitch: tally(8868, 4.87),
    cipherMultiply: tally(6144, 3.58),
    plainMultiply: tally(20352, 2.97),
    add: tally(44760, 1.82),
    rescale: tally(15696, 3.19),
  },
  softmax: {
    bootstrap: tally(74, 0),
    keySwitch: tally(6952, 5.1),
    cipherMultiply: tally(2506, 8.4),
    plainMultiply: tally(2817, 8.33),
    add: tally(7182, 5.32),
    rescale: tally(835, 8.94),
  },
  normalization: {
    bootstrap: tally(50, 0),
    keySwitch: tally(1290, 8.5),
    cipherMultiply: tally(810, 9.12),
    plainMultiply: tally(916, 10.36),
    add: tally(1804, 8.52),
    rescale: tally(98, 10.43),
  },
  activation: {
    bootstrap: tally(96, 0),
    keySwitch: tally(7584, 9.89),
    cipherMultiply: tally(7488, 10.82),
    plainMultiply: tally(9120, 12.21),
    add: tally(11616, 10.23),
    rescale: tally(0, 0),
  },
};

/**
 * The work each part scales with, from the operation-level description: THOR packs every tensor densely into
 * 2^15-slot ciphertexts, so the number of ciphertexts, and with it every operation count, grows with the
 * elements of the tensor a part works on.
 */
export function ckksPartWork(operations: PassOperations): Record<CkksPart, number> {
  const { nonlinear } = operations;
  return {
    linear: operations.matmulFlop,
    attentionProducts: operations.attentionFlop,
    softmax: nonlinear.softmax,
    normalization: nonlinear.normalization,
    activation: nonlinear.gelu + nonlinear.silu + nonlinear.relu,
  };
}

/**
 * The same quantities for the counted pass: BERT-base (the catalogue preset, 109.5M parameters) over 128
 * tokens, as src/core/privacy/securePass.ts counts them (a test checks the two agree).
 */
export const BERT_BASE_128_WORK: Record<CkksPart, number> = {
  linear: 28027453440,
  attentionProducts: 603979776,
  softmax: 2359296,
  normalization: 2359296,
  activation: 4718592,
};
