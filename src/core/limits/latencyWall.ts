// The latency wall: each optimizer step passes through every layer in sequence, so a run needs at least
// (D / B) x L x per-layer latency. Bigger models are deeper and need more tokens, so past some size the
// minimum time exceeds the run's length (Epoch AI 2030 report; Erdil and Schneider-Joseph 2024).

import { pow } from '../math/index';
import { SECONDS_PER_DAY, SECONDS_PER_US } from '../units';
import { trainingFlopForTokens } from './data';
import { PARAMETERS_PER_LAYER_PER_WIDTH_SQUARED } from './reference';

/** Cube root: with width = aspect x depth, N = 12 aspect^2 L^3. */
const ONE_THIRD = 1 / 3;

/** Inputs of the latency wall (a subset of the `limits` group). */
export interface LatencyWallInputs {
  runDurationDays: number;
  batchTokensCount: number;
  perLayerLatencyUs: number;
  tokensPerParameterRatio: number;
  modelAspectRatio: number;
}

/** Layers of a model with `parameterCount` parameters and width / depth = aspect: L = (N / (12 aspect^2))^(1/3). */
export function layerCountForParameters(parameterCount: number, modelAspectRatio: number): number {
  return pow(
    parameterCount / (PARAMETERS_PER_LAYER_PER_WIDTH_SQUARED * modelAspectRatio * modelAspectRatio),
    ONE_THIRD,
  );
}

/** Minimum wall-clock time of a run, seconds: (tokens / batch) steps x layers x per-layer latency. */
export function minimumTrainingTimeS(
  tokenCount: number,
  batchTokensCount: number,
  layerCount: number,
  perLayerLatencyUs: number,
): number {
  return (tokenCount / batchTokensCount) * layerCount * perLayerLatencyUs * SECONDS_PER_US;
}

/**
 * The largest compute-optimal model whose minimum training time equals the run's length. With D = r N and
 * L = (N / (12 a^2))^(1/3), (r N / B) L t = T gives N = (T B (12 a^2)^(1/3) / (r t))^(3/4).
 */
export function latencyWallParameterCount(inputs: LatencyWallInputs): number {
  const runS = inputs.runDurationDays * SECONDS_PER_DAY;
  const layerLatencyS = inputs.perLayerLatencyUs * SECONDS_PER_US;
  const shapeFactor = pow(
    PARAMETERS_PER_LAYER_PER_WIDTH_SQUARED * inputs.modelAspectRatio * inputs.modelAspectRatio,
    ONE_THIRD,
  );
  const scaled =
    (runS * inputs.batchTokensCount * shapeFactor) / (inputs.tokensPerParameterRatio * layerLatencyS);
  return pow(scaled, 3 / 4);
}

/** Training FLOP at the latency wall: 6 N D with D = r N for the wall's parameter count. */
export function latencyWallFlop(inputs: LatencyWallInputs): number {
  const parameterCount = latencyWallParameterCount(inputs);
  return trainingFlopForTokens(
    parameterCount * inputs.tokensPerParameterRatio,
    inputs.tokensPerParameterRatio,
  );
}
