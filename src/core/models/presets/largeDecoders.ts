// Decoders the published training and privacy cases name beyond the families of decoders.ts: GPT-Neo 1.3B,
// GPT-3 175B, Megatron-LM's 1T GPT, PaLM 540B and Qwen3.5 397B-A17B. Shapes and counts are the papers' (or released configs');
// what the shape cannot express is said in the source (GPT-3's and GPT-Neo's local attention layers).
import type { CataloguePreset } from '../types';
import { gpt2, llama } from './decoders';

/** GPT-3 and GPT-Neo keep GPT-2's byte-pair vocabulary; their learned position tables hold 2048 rows. */
const GPT_CONTEXT_TOKEN_COUNT = 2048;

/**
 * Qwen3.5-397B-A17B (released config.json of Qwen/Qwen3.5-397B-A17B): 60 layers of width 4096, every 4th a
 * gated attention layer (32 query heads and 2 key/value heads of 256, an output gate as wide as the queries),
 * the other 45 Gated DeltaNet linear-attention layers (16 key and 64 value heads of 128, a 4-wide convolution).
 * The catalogue's transformer has one attention kind, so all 60 layers carry the gated-attention shape and the
 * weights that shape leaves out (DeltaNet projections beyond it, output gates, query/key norms) are extra
 * weights: total and active counts match the config; what this cannot express is said in the source.
 */
const QWEN35_HIDDEN_SIZE = 4096;
const QWEN35_LAYER_COUNT = 60;
const QWEN35_FULL_ATTENTION_LAYER_COUNT = 15;
const QWEN35_HEAD_SIZE = 256;
const QWEN35_QUERY_HEAD_COUNT = 32;
const QWEN35_KEY_VALUE_HEAD_COUNT = 2;
const QWEN35_LINEAR_KEY_WIDTH = 16 * 128;
const QWEN35_LINEAR_VALUE_WIDTH = 64 * 128;
const QWEN35_LINEAR_VALUE_HEAD_COUNT = 64;
const QWEN35_LINEAR_HEAD_SIZE = 128;
const QWEN35_CONVOLUTION_WIDTH = 4;

/** Weights of one Gated DeltaNet layer: q, k, v, z, b, a projections, convolution, decay, norm, output. */
function qwen35DeltaNetWeights(): number {
  const d = QWEN35_HIDDEN_SIZE;
  const qkvWidth = 2 * QWEN35_LINEAR_KEY_WIDTH + QWEN35_LINEAR_VALUE_WIDTH;
  const projections = d * qkvWidth + d * QWEN35_LINEAR_VALUE_WIDTH + 2 * d * QWEN35_LINEAR_VALUE_HEAD_COUNT;
  const convolution = qkvWidth * QWEN35_CONVOLUTION_WIDTH;
  const decayAndBias = 2 * QWEN35_LINEAR_VALUE_HEAD_COUNT;
  return projections + convolution + decayAndBias + QWEN35_LINEAR_HEAD_SIZE + QWEN35_LINEAR_VALUE_WIDTH * d;
}

/** Weights the all-attention shape leaves out: DeltaNet layers beyond it, output gates and q/k norms. */
function qwen35ExtraWeights(): number {
  const d = QWEN35_HIDDEN_SIZE;
  const queryWidth = QWEN35_QUERY_HEAD_COUNT * QWEN35_HEAD_SIZE;
  const modelledAttention = 2 * d * queryWidth + 2 * d * QWEN35_KEY_VALUE_HEAD_COUNT * QWEN35_HEAD_SIZE;
  const deltaNetLayers = QWEN35_LAYER_COUNT - QWEN35_FULL_ATTENTION_LAYER_COUNT;
  const gateAndNorms = d * queryWidth + 2 * QWEN35_HEAD_SIZE;
  return (
    deltaNetLayers * (qwen35DeltaNetWeights() - modelledAttention) +
    QWEN35_FULL_ATTENTION_LAYER_COUNT * gateAndNorms
  );
}

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
  {
    id: 'qwen3.5-397b-a17b',
    label: 'Qwen3.5 397B-A17B (17B active)',
    architecture: {
      ...llama(
        {
          layerCount: QWEN35_LAYER_COUNT,
          hiddenSize: QWEN35_HIDDEN_SIZE,
          attentionHeadCount: QWEN35_QUERY_HEAD_COUNT,
          keyValueHeadCount: QWEN35_KEY_VALUE_HEAD_COUNT,
          feedForwardSize: 1024,
        },
        248320,
        262144,
      ),
      headSize: QWEN35_HEAD_SIZE,
      experts: {
        expertCount: 512,
        activeExpertCount: 10,
        sharedExpertCount: 1,
        expertFeedForwardSize: 1024,
        denseLayerCount: 0,
      },
      extraParameterCount: qwen35ExtraWeights(),
    },
    publishedParameterCount: 397e9,
    source:
      'Qwen Team 2026, Qwen3.5-397B-A17B model card and released config.json: 60 layers, hidden 4096, full attention every 4th layer (32 query, 2 key/value heads of 256, output gate), Gated DeltaNet elsewhere (16 key, 64 value heads of 128), 512 routed experts (top-10) plus 1 shared expert of width 1024, 248,320 vocabulary, untied output, 262,144 context; 397B total, 17B active. Not expressed: the 45 DeltaNet layers are counted as attention layers for the KV cache (4x the 15 real ones) and attention FLOP, and their fixed recurrent state is not counted',
  },
] as const satisfies readonly CataloguePreset[];
