// Non-linear costs built from a protocol's primitives and an approximation recipe: how many secure
// multiplications and comparisons an element (and a row) of each kind needs, and in how many rounds.
// Used for the Beaver-triple 2-party family (CrypTen) and the MPC-friendly approximations of MPCFormer.
import type { NonlinearKind } from '../operationCounts';

/** Cost of the protocol's primitives. */
export interface MpcPrimitives {
  /** Bytes (all parties) of one secure multiplication of two shared values. */
  multiplyBytes: number;
  /** Bytes (all parties) of one secure comparison (less-than-zero). */
  compareBytes: number;
  /** Rounds of one comparison. */
  compareRoundCount: number;
}

/** What one element of a kind needs, plus what each row (softmax row, normalised vector) needs once. */
export interface KindRecipe {
  multipliesPerElement: number;
  comparesPerElement: number;
  multipliesPerRow: number;
  /** Sequential rounds of the kind in one layer, not counting the softmax maximum's comparison tree. */
  roundsPerLayer: number;
}

/** A recipe per kind. */
export type Recipes = Record<NonlinearKind, KindRecipe>;

/**
 * CrypTen's default iteration counts (facebookresearch/CrypTen configs/default.yaml): exp by the limit
 * (1 + x/2^n)^(2^n) with 8 squarings; reciprocal by 10 Newton-Raphson iterations of 2 multiplications,
 * started from an exp; inverse square root by 3 Newton iterations of 3 multiplications started from an
 * exp; erf by an 8-term Taylor series.
 */
export const CRYPTEN_EXP_MULTIPLY_COUNT = 8;
export const CRYPTEN_RECIPROCAL_MULTIPLY_COUNT = 10 * 2 + CRYPTEN_EXP_MULTIPLY_COUNT;
export const CRYPTEN_INVERSE_SQRT_MULTIPLY_COUNT = 3 * 3 + CRYPTEN_EXP_MULTIPLY_COUNT;
export const CRYPTEN_ERF_MULTIPLY_COUNT = 8 + 1;

/** Softmax as CrypTen runs it: max (a comparison and a selection per element), exp, reciprocal per row, scale. */
const EXACT_SOFTMAX: KindRecipe = {
  multipliesPerElement: 1 + CRYPTEN_EXP_MULTIPLY_COUNT + 1,
  comparesPerElement: 1,
  multipliesPerRow: CRYPTEN_RECIPROCAL_MULTIPLY_COUNT,
  roundsPerLayer: CRYPTEN_EXP_MULTIPLY_COUNT + CRYPTEN_RECIPROCAL_MULTIPLY_COUNT + 1,
};
/** LayerNorm: square, scale and gain per element; inverse square root per row. */
const NORMALIZATION: KindRecipe = {
  multipliesPerElement: 3,
  comparesPerElement: 0,
  multipliesPerRow: CRYPTEN_INVERSE_SQRT_MULTIPLY_COUNT,
  roundsPerLayer: 3 + CRYPTEN_INVERSE_SQRT_MULTIPLY_COUNT,
};
/** A ReLU or a max-pooling input: one comparison and one selection. */
const COMPARE_SELECT: KindRecipe = {
  multipliesPerElement: 1,
  comparesPerElement: 1,
  multipliesPerRow: 0,
  roundsPerLayer: 1,
};
/** GeLU through erf (CrypTen): the Taylor series plus the final product. */
const ERF_GELU: KindRecipe = {
  multipliesPerElement: CRYPTEN_ERF_MULTIPLY_COUNT + 1,
  comparesPerElement: 0,
  multipliesPerRow: 0,
  roundsPerLayer: CRYPTEN_ERF_MULTIPLY_COUNT + 1,
};
/** SiLU = x sigmoid(x), sigmoid through a reciprocal of 1 + exp(-x) (CrypTen's 'reciprocal' method). */
const SIGMOID_SILU: KindRecipe = {
  multipliesPerElement: CRYPTEN_EXP_MULTIPLY_COUNT + CRYPTEN_RECIPROCAL_MULTIPLY_COUNT + 1,
  comparesPerElement: 0,
  multipliesPerRow: 0,
  roundsPerLayer: CRYPTEN_EXP_MULTIPLY_COUNT + CRYPTEN_RECIPROCAL_MULTIPLY_COUNT + 1,
};

/** CrypTen's own approximations. */
export const CRYPTEN_RECIPES: Recipes = {
  softmax: EXACT_SOFTMAX,
  gelu: ERF_GELU,
  silu: SIGMOID_SILU,
  normalization: NORMALIZATION,
  relu: COMPARE_SELECT,
  pooling: COMPARE_SELECT,
  vocabularyOutput: EXACT_SOFTMAX,
};

/**
 * MPCFormer's MPC-friendly approximations (Li et al., ICLR 2023): "Quad" GeLU 0.125x^2 + 0.25x + 0.5 (one
 * multiplication) and "2Quad" softmax (x + c)^2 / sum (x + c)^2 (one square per element, a reciprocal per
 * row, one scaling product; no exp and no maximum). LayerNorm is kept.
 */
export const MPCFORMER_RECIPES: Recipes = {
  ...CRYPTEN_RECIPES,
  gelu: { multipliesPerElement: 1, comparesPerElement: 0, multipliesPerRow: 0, roundsPerLayer: 1 },
  softmax: {
    multipliesPerElement: 2,
    comparesPerElement: 0,
    multipliesPerRow: CRYPTEN_RECIPROCAL_MULTIPLY_COUNT,
    roundsPerLayer: 2 + CRYPTEN_RECIPROCAL_MULTIPLY_COUNT,
  },
};

/** Bytes of one element of a kind, and of each row, under the given primitives. */
export function recipeBytes(
  recipe: KindRecipe,
  primitives: MpcPrimitives,
): { perElement: number; perRow: number } {
  return {
    perElement:
      recipe.multipliesPerElement * primitives.multiplyBytes +
      recipe.comparesPerElement * primitives.compareBytes,
    perRow: recipe.multipliesPerRow * primitives.multiplyBytes,
  };
}
