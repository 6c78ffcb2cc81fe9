// The Monte Carlo draws of a claim check: each run draws every uncertain input from its plausible range
// (log-uniform for log-scale inputs, uniform otherwise) with its own seed derived from the claim's seed, the run
// index and the input's path, so adding an input does not move the draws of the others.
import { exp, log } from '../math/index';
import type { Params } from '../params/table';
import { createRng, deriveSeed } from '../random/rng';
import { applyInputValue } from './inputs';
import { metricValue } from './metricValue';
import type { UncertainInput } from './types';

/** One run: the value drawn for each input (in input order) and the metric it gave. */
export interface Draw {
  inputValues: number[];
  metric: number;
}

/** A value of the input for a uniform number u in [0, 1). */
export function valueAt(input: UncertainInput, unit: number): number {
  const value =
    input.scale === 'log'
      ? exp(log(input.low) + unit * (log(input.high) - log(input.low)))
      : input.low + unit * (input.high - input.low);
  return input.integer ? Math.min(input.high, Math.max(input.low, Math.round(value))) : value;
}

/** The seed of one input's draw in one run. */
export function drawSeed(seed: string, runIndex: number, path: string): string {
  return deriveSeed(seed, 'claim-run', runIndex, path);
}

/** Runs the draws: runCount parameter sets, each evaluated for the metric. */
export function drawRuns(
  params: Params,
  inputs: readonly UncertainInput[],
  metric: string,
  options: { seed: string; runCount: number },
): Draw[] {
  return Array.from({ length: options.runCount }, (_, runIndex) => {
    const inputValues = inputs.map((input) =>
      valueAt(input, createRng(drawSeed(options.seed, runIndex, input.path)).next()),
    );
    const drawn = inputs.reduce(
      (next, input, index) => applyInputValue(next, input, inputValues[index] ?? input.nominal),
      params,
    );
    return { inputValues, metric: metricValue(drawn, metric) };
  });
}
