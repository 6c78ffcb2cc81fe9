// Decoders the published training and privacy cases name beyond the families of decoders.ts: GPT-Neo 1.3B,
// GPT-3 175B, Megatron-LM's 1T GPT and PaLM 540B. Shapes and counts are the papers' (or released configs');
// what the shape cannot express is said in the source (GPT-3's and GPT-Neo's local attention layers).
import type { CataloguePreset } from '../types';
import { gpt2, llama } from './decoders';

/** GPT-3 and GPT-Neo keep GPT-2's byte-pair vocabulary; their learned position tables hold 2048 rows. */
const GPT_CONTEXT_TOKEN_COUNT = 2048;

/** Large decoder presets. */
export const LARGE_DECODER_PRESETS = [
  {
    id: 'gpt-neo-1.3b',
    label: 'GPT-Neo 1.3B',
    architecture: {
      ...gpt2({ layerCount: 24, hiddenSize: 2048, attentionHeadCount: 16 }),
      learnedPositionCount: GPT_CONTEXT_TOKEN_COUNT,
      contextTokenCount: GPT_CONTEXT_TOKEN_COUNT,
    },
    publishedParameterCount: 1.3e9,
    source:
      'Black et al. 2021, GPT-Neo (EleutherAI, Zenodo 10.5281/zenodo.5297715) and the released EleutherAI/gpt-neo-1.3B config: 24 layers, hidden 2048, 16 heads, 50,257 vocabulary, 2048 positions, tied embeddings; every other layer uses 256-token local attention (not modelled: full attention assumed)',
  },
  {
    id: 'gpt-3-175b',
    label: 'GPT-3 175B',
    architecture: {
      ...gpt2({ layerCount: 96, hiddenSize: 12288, attentionHeadCount: 96 }),
      learnedPositionCount: GPT_CONTEXT_TOKEN_COUNT,
      contextTokenCount: GPT_CONTEXT_TOKEN_COUNT,
    },
    publishedParameterCount: 175e9,
    source:
      'Brown et al. 2020, Language models are few-shot learners (arXiv 2005.14165), table 2.1: 96 layers, d_model 12288, 96 heads of 128, context 2048, 175.0B; GPT-2 tokenizer (50,257); alternating dense and locally banded sparse attention (not modelled: dense attention assumed)',
  },
  {
    id: 'megatron-1t',
    label: 'Megatron-LM GPT 1T',
    architecture: {
      ...gpt2({ layerCount: 128, hiddenSize: 25600, attentionHeadCount: 160 }),
      vocabularySize: 51200,
      learnedPositionCount: GPT_CONTEXT_TOKEN_COUNT,
      contextTokenCount: GPT_CONTEXT_TOKEN_COUNT,
    },
    publishedParameterCount: 1008e9,
    source:
      'Narayanan et al. 2021, Efficient large-scale language model training on GPU clusters using Megatron-LM (arXiv 2104.04473), table 1: 1,008B parameters, 128 layers, hidden 25600, 160 heads, vocabulary 51,200, sequence 2048',
  },
  {
    id: 'palm-540b',
    label: 'PaLM 540B',
    architecture: {
      ...llama(
        {
          layerCount: 118,
          hiddenSize: 18432,
          attentionHeadCount: 48,
          keyValueHeadCount: 1,
          feedForwardSize: 4 * 18432,
        },
        256000,
        GPT_CONTEXT_TOKEN_COUNT,
        true,
      ),
      headSize: 256,
    },
    publishedParameterCount: 540.35e9,
    source:
      'Chowdhery et al. 2022, PaLM (arXiv 2204.02311), table 1 and section 2: 118 layers, d_model 18432, 48 heads of 256, d_ff = 4 d_model with SwiGLU, multi-query attention (1 key/value head), no biases, shared input-output embeddings, 256k vocabulary, 2048 context, 540.35B; its parallel attention and feed-forward blocks change no weight or FLOP count',
  },
] as const satisfies readonly CataloguePreset[];
