// Data bound: the compute-optimal run that uses all available tokens once.
import { TRAINING_FLOP_PER_PARAMETER_TOKEN } from './reference';

/**
 * Training FLOP of a run on D tokens with D / r parameters: 6 N D = 6 D^2 / r (Kaplan et al. 2020 for 6ND,
 * Hoffmann et al. 2022 for r of about 20). Data used once; repeating it for a few epochs would raise the bound.
 */
export function trainingFlopForTokens(tokenCount: number, tokensPerParameterRatio: number): number {
  return (TRAINING_FLOP_PER_PARAMETER_TOKEN * tokenCount * tokenCount) / tokensPerParameterRatio;
}

/** Largest compute-optimal run, FLOP, that `tokensAvailableCount` unique tokens support. */
export function dataBoundFlop(tokensAvailableCount: number, tokensPerParameterRatio: number): number {
  return trainingFlopForTokens(tokensAvailableCount, tokensPerParameterRatio);
}
