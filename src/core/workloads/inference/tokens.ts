// Work per decoding step and per prompt for an inference request, shared by every placement.
import type { Params } from '../../params/table';
import { inferenceFlopPerToken } from '../flops';

/** Share of the output a generated token attends to on average (the midpoint of generation). */
export const MEAN_OUTPUT_CONTEXT_FRACTION = 0.5;
/** Share of the prompt a prompt token attends to on average under a causal mask. */
export const MEAN_PROMPT_CONTEXT_FRACTION = 0.5;

/** FLOP, weight bytes and activation bytes of one request batch. */
export interface InferenceWork {
  /** FLOP of one decoding step for the whole batch. */
  decodeFlop: number;
  /** FLOP of the prompt pass for the whole batch. */
  prefillFlop: number;
  /** Bytes of weights read per pass (every weight once). */
  weightBytes: number;
  /** Bytes of one token's hidden state for the whole batch (what crosses a boundary per step). */
  hiddenStateBytes: number;
  /** Prompt tokens of the whole batch. */
  promptTokens: number;
}

/** The work of the configured request batch. */
export function inferenceWork(params: Params): InferenceWork {
  const { promptTokenCount, outputTokenCount, batchSizeCount } = params.inference;
  const { parameterCount, bytesPerParameter, hiddenSize, activationBytesPerValue } = params.model;
  const decodeContext = promptTokenCount + MEAN_OUTPUT_CONTEXT_FRACTION * outputTokenCount;
  const promptTokens = promptTokenCount * batchSizeCount;
  return {
    decodeFlop: inferenceFlopPerToken(params, decodeContext) * batchSizeCount,
    prefillFlop:
      inferenceFlopPerToken(params, MEAN_PROMPT_CONTEXT_FRACTION * promptTokenCount) * promptTokens,
    weightBytes: parameterCount * bytesPerParameter,
    hiddenStateBytes: hiddenSize * activationBytesPerValue * batchSizeCount,
    promptTokens,
  };
}
