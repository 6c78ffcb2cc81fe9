// How many items and tokens each pass covers, and the context a token attends to on average, from the job
// parameters: the same for every architecture family.
import type { Params } from '../params/table';
import type { PassKind } from './types';

/** Share of the output a generated token attends to on average (the midpoint of generation). */
export const MEAN_OUTPUT_CONTEXT_FRACTION = 0.5;
/** Share of the prompt a prompt token attends to on average under a causal mask. */
export const MEAN_PROMPT_CONTEXT_FRACTION = 0.5;

/** Items, tokens per item and mean attended context of one pass. */
export interface PassShape {
  itemCount: number;
  tokensPerItemCount: number;
  meanContextTokenCount: number;
}

/**
 * The shape of each pass. Training counts attention over the whole training context (the PaLM appendix B
 * convention MFU figures are quoted with, no causal saving); inference counts what a causal mask leaves
 * for decoders and the whole input for encoders.
 */
export function passShapeOf(params: Params, pass: PassKind, causal: boolean): PassShape {
  const { promptTokenCount, outputTokenCount, batchSizeCount } = params.inference;
  const inputContext = causal ? MEAN_PROMPT_CONTEXT_FRACTION * promptTokenCount : promptTokenCount;
  switch (pass) {
    case 'trainingStep': {
      const sequence = params.model.sequenceLengthTokens;
      return {
        itemCount: params.training.tokensPerStepCount / sequence,
        tokensPerItemCount: sequence,
        meanContextTokenCount: sequence,
      };
    }
    case 'prefill':
      return {
        itemCount: batchSizeCount,
        tokensPerItemCount: promptTokenCount,
        meanContextTokenCount: inputContext,
      };
    case 'decodeToken':
      return {
        itemCount: batchSizeCount,
        tokensPerItemCount: 1,
        meanContextTokenCount: promptTokenCount + MEAN_OUTPUT_CONTEXT_FRACTION * outputTokenCount,
      };
    case 'forward':
      return { itemCount: 1, tokensPerItemCount: promptTokenCount, meanContextTokenCount: inputContext };
    case 'batchedForward':
      return {
        itemCount: batchSizeCount,
        tokensPerItemCount: promptTokenCount,
        meanContextTokenCount: inputContext,
      };
  }
}
