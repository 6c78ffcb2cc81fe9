// The model a run of given training compute trains, after Erdil and Schneider-Joseph (arXiv 2411.01137):
// compute-optimal (D = r N tokens), each layer two d_model x d_ff matrix multiplications (N = 2 d d_ff L),
// depth growing as a power of width (their fit to Hoffmann et al. 2022), and a critical batch that grows
// with compute. Shapes are kept continuous (no rounding to hardware-friendly sizes).

import { pow } from '../../math/index';
import type { Params } from '../../params/table';
import { TRAINING_FLOP_PER_PARAMETER_TOKEN } from '../reference';

/** Matrix multiplications per layer in the curve's layer (up and down projection). */
export const MATMULS_PER_LAYER_COUNT = 2;

/** Shape of the model and batch of one run. */
export interface CurveModelShape {
  parameterCount: number;
  tokenCount: number;
  modelWidthCount: number;
  feedForwardWidthCount: number;
  layerCount: number;
  batchTokensCount: number;
}

/** Critical batch, tokens: B_ref x (C / C_ref)^alpha (Erdil and Schneider-Joseph: alpha = 1/6). */
export function criticalBatchTokens(trainingFlop: number, limits: Params['limits']): number {
  const growth = trainingFlop / limits.criticalBatchReferenceFlop;
  return limits.criticalBatchTokensAtReference * pow(growth, limits.criticalBatchComputeExponent);
}

/**
 * Shape of the compute-optimal model for `trainingFlop`: N = sqrt(C / (6 r)); with L = k (f d^2)^e and
 * N = 2 f d^2 L, the width is d = (N / (2 k f^(1 + e)))^(1 / (2 + 2e)).
 */
export function curveModelShape(trainingFlop: number, limits: Params['limits']): CurveModelShape {
  const ratio = limits.tokensPerParameterRatio;
  const parameterCount = Math.sqrt(trainingFlop / (TRAINING_FLOP_PER_PARAMETER_TOKEN * ratio));
  const widthRatio = limits.feedForwardWidthRatio;
  const { depthLawCoefficient: coefficient, depthLawExponent: exponent } = limits;
  const widthScale = MATMULS_PER_LAYER_COUNT * coefficient * pow(widthRatio, 1 + exponent);
  const modelWidthCount = pow(parameterCount / widthScale, 1 / (2 + 2 * exponent));
  const feedForwardWidthCount = widthRatio * modelWidthCount;
  return {
    parameterCount,
    tokenCount: ratio * parameterCount,
    modelWidthCount,
    feedForwardWidthCount,
    layerCount: coefficient * pow(modelWidthCount * feedForwardWidthCount, exponent),
    batchTokensCount: criticalBatchTokens(trainingFlop, limits),
  };
}
