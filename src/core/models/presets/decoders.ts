// Decoder transformers of the catalogue, each with its shape and published size from the model card or
// paper. Shared traits of a family are written once in a builder; the numbers per model are the source's.
import type { CataloguePreset, TransformerArchitecture } from '../types';

type Shape = Pick<
  TransformerArchitecture,
  'layerCount' | 'hiddenSize' | 'attentionHeadCount' | 'keyValueHeadCount' | 'feedForwardSize'
>;

/** GPT-2: LayerNorm, GELU, biases, learned positions (1024), tied embeddings, 50,257-token vocabulary. */
export function gpt2(shape: Omit<Shape, 'keyValueHeadCount' | 'feedForwardSize'>): TransformerArchitecture {
  return {
    family: 'decoder',
    ...shape,
    keyValueHeadCount: shape.attentionHeadCount,
    headSize: shape.hiddenSize / shape.attentionHeadCount,
    feedForwardSize: 4 * shape.hiddenSize,
    gatedFeedForward: false,
    activation: 'gelu',
    normalization: 'layer',
    linearBiases: true,
    vocabularySize: 50257,
    tiedEmbeddings: true,
    learnedPositionCount: 1024,
    contextTokenCount: 1024,
    extraParameterCount: 0,
  };
}

/** Llama family: RMSNorm, SwiGLU, no biases, rotary positions, head size 128. */
export function llama(
  shape: Shape,
  vocabularySize: number,
  contextTokenCount: number,
  tiedEmbeddings = false,
): TransformerArchitecture {
  return {
    family: 'decoder',
    ...shape,
    headSize: shape.hiddenSize / shape.attentionHeadCount,
    gatedFeedForward: true,
    activation: 'silu',
    normalization: 'rms',
    linearBiases: false,
    vocabularySize,
    tiedEmbeddings,
    learnedPositionCount: 0,
    contextTokenCount,
    extraParameterCount: 0,
  };
}

const GPT2_SOURCE =
  'Radford et al. 2019, "Language models are unsupervised multitask learners", table 2 (117M/345M/762M/1542M; the released checkpoints count 124M/355M/774M/1.5B with the tied output); shapes from the released configs';
const LLAMA2_SOURCE = 'Touvron et al. 2023, Llama 2 (arXiv 2307.09288), table 1 and the released configs';
const LLAMA3_SOURCE =
  'Llama Team 2024, The Llama 3 herd of models (arXiv 2407.21783), table 3: layers, width, FFN, heads, KV heads, 128K vocabulary';
const LLAMA3_VOCABULARY = 128256;
const LLAMA3_1_CONTEXT = 131072;

/** Decoder presets. */
export const DECODER_PRESETS = [
  {
    id: 'gpt2-124m',
    label: 'GPT-2 small (124M)',
    architecture: gpt2({ layerCount: 12, hiddenSize: 768, attentionHeadCount: 12 }),
    publishedParameterCount: 124e6,
    source: GPT2_SOURCE,
  },
  {
    id: 'gpt2-355m',
    label: 'GPT-2 medium (355M)',
    architecture: gpt2({ layerCount: 24, hiddenSize: 1024, attentionHeadCount: 16 }),
    publishedParameterCount: 355e6,
    source: GPT2_SOURCE,
  },
  {
    id: 'gpt2-774m',
    label: 'GPT-2 large (774M)',
    architecture: gpt2({ layerCount: 36, hiddenSize: 1280, attentionHeadCount: 20 }),
    publishedParameterCount: 774e6,
    source: GPT2_SOURCE,
  },
  {
    id: 'gpt2-1.5b',
    label: 'GPT-2 XL (1.5B)',
    architecture: gpt2({ layerCount: 48, hiddenSize: 1600, attentionHeadCount: 25 }),
    publishedParameterCount: 1.5e9,
    source: GPT2_SOURCE,
  },
  {
    id: 'llama-2-7b',
    label: 'Llama 2 7B',
    architecture: llama(
      {
        layerCount: 32,
        hiddenSize: 4096,
        attentionHeadCount: 32,
        keyValueHeadCount: 32,
        feedForwardSize: 11008,
      },
      32000,
      4096,
    ),
    publishedParameterCount: 6.74e9,
    source: `${LLAMA2_SOURCE}; 6.74B in the model card`,
  },
  {
    id: 'llama-2-13b',
    label: 'Llama 2 13B',
    architecture: llama(
      {
        layerCount: 40,
        hiddenSize: 5120,
        attentionHeadCount: 40,
        keyValueHeadCount: 40,
        feedForwardSize: 13824,
      },
      32000,
      4096,
    ),
    publishedParameterCount: 13.0e9,
    source: `${LLAMA2_SOURCE}; 13.0B in the model card`,
  },
  {
    id: 'llama-2-70b',
    label: 'Llama 2 70B',
    architecture: llama(
      {
        layerCount: 80,
        hiddenSize: 8192,
        attentionHeadCount: 64,
        keyValueHeadCount: 8,
        feedForwardSize: 28672,
      },
      32000,
      4096,
    ),
    publishedParameterCount: 69.0e9,
    source: `${LLAMA2_SOURCE}; 69.0B in the model card`,
  },
  {
    id: 'llama-3-8b',
    label: 'Llama 3 / 3.1 8B',
    architecture: llama(
      {
        layerCount: 32,
        hiddenSize: 4096,
        attentionHeadCount: 32,
        keyValueHeadCount: 8,
        feedForwardSize: 14336,
      },
      LLAMA3_VOCABULARY,
      LLAMA3_1_CONTEXT,
    ),
    publishedParameterCount: 8.03e9,
    source: `${LLAMA3_SOURCE}; 8.03B in the Llama 3.1 8B model card (3.1 keeps the shape, 128K context)`,
  },
  {
    id: 'llama-3-70b',
    label: 'Llama 3 / 3.1 / 3.3 70B',
    architecture: llama(
      {
        layerCount: 80,
        hiddenSize: 8192,
        attentionHeadCount: 64,
        keyValueHeadCount: 8,
        feedForwardSize: 28672,
      },
      LLAMA3_VOCABULARY,
      LLAMA3_1_CONTEXT,
    ),
    publishedParameterCount: 70.6e9,
    source: `${LLAMA3_SOURCE}; 70.6B in the Llama 3.1 70B model card (3.3 70B keeps the shape)`,
  },
  {
    id: 'llama-3-405b',
    label: 'Llama 3.1 405B',
    architecture: llama(
      {
        layerCount: 126,
        hiddenSize: 16384,
        attentionHeadCount: 128,
        keyValueHeadCount: 8,
        feedForwardSize: 53248,
      },
      LLAMA3_VOCABULARY,
      LLAMA3_1_CONTEXT,
    ),
    publishedParameterCount: 405e9,
    source: LLAMA3_SOURCE,
  },
  {
    id: 'llama-3.2-1b',
    label: 'Llama 3.2 1B',
    architecture: llama(
      {
        layerCount: 16,
        hiddenSize: 2048,
        attentionHeadCount: 32,
        keyValueHeadCount: 8,
        feedForwardSize: 8192,
      },
      LLAMA3_VOCABULARY,
      LLAMA3_1_CONTEXT,
      true,
    ),
    publishedParameterCount: 1.23e9,
    source: 'Llama 3.2 model card (Meta 2024): 1.23B, tied embeddings; shape from the released config',
  },
  {
    id: 'vaultgemma-1b',
    label: 'VaultGemma 1B',
    architecture: {
      family: 'decoder',
      layerCount: 26,
      hiddenSize: 1152,
      attentionHeadCount: 4,
      keyValueHeadCount: 1,
      headSize: 256,
      feedForwardSize: 6912,
      gatedFeedForward: true,
      activation: 'gelu',
      normalization: 'rms',
      linearBiases: false,
      vocabularySize: 256000,
      tiedEmbeddings: true,
      learnedPositionCount: 0,
      contextTokenCount: 1024,
      extraParameterCount: 0,
    },
    publishedParameterCount: 1e9,
    source:
      'VaultGemma model card (Google 2025, huggingface.co/google/vaultgemma-1b): Gemma 2 architecture, under 1B parameters, 1,024-token sequences; 26 layers, GeGLU feed-forward of 13,824 (2 x 6,912), multi-query attention and a 256K vocabulary as summarised from the tech report (arXiv 2510.15001); width 1,152, 4 heads of 256 and vocabulary 256,000 from the VaultGemma config in Keras-Hub\'s Hugging Face conversion test (which lists 4 KV heads: with 4 the model has 1.04B parameters, with multi-query 0.99B, the card\'s "under 1B")',
  },
  {
    id: 'llama-3.2-3b',
    label: 'Llama 3.2 3B',
    architecture: llama(
      {
        layerCount: 28,
        hiddenSize: 3072,
        attentionHeadCount: 24,
        keyValueHeadCount: 8,
        feedForwardSize: 8192,
      },
      LLAMA3_VOCABULARY,
      LLAMA3_1_CONTEXT,
      true,
    ),
    publishedParameterCount: 3.21e9,
    source: 'Llama 3.2 model card (Meta 2024): 3.21B, tied embeddings; shape from the released config',
  },
  {
    id: 'intellect-1-10b',
    label: 'INTELLECT-1 (10B)',
    architecture: llama(
      {
        layerCount: 42,
        hiddenSize: 4096,
        attentionHeadCount: 32,
        keyValueHeadCount: 8,
        feedForwardSize: 14336,
      },
      LLAMA3_VOCABULARY,
      8192,
    ),
    publishedParameterCount: 10e9,
    source:
      'INTELLECT-1 technical report (arXiv 2412.01152): 10B Llama-3 architecture, 42 layers, hidden 4096, 32 heads, 8 KV heads, FFN 14336, Llama 3 tokenizer, 8192 context',
  },
  {
    id: 'bloom-176b',
    label: 'BLOOM 176B',
    architecture: {
      ...gpt2({ layerCount: 70, hiddenSize: 14336, attentionHeadCount: 112 }),
      vocabularySize: 250880,
      learnedPositionCount: 0,
      contextTokenCount: 2048,
      // The LayerNorm after the word embedding (gain and bias).
      extraParameterCount: 2 * 14336,
    },
    publishedParameterCount: 176.2e9,
    source:
      'BigScience 2022, BLOOM (arXiv 2211.05100), table 3: 70 layers, hidden 14336, 112 heads, 250,880 vocabulary, ALiBi positions, embedding LayerNorm, 2048 context, 176,247M parameters',
  },
  {
    id: 'mixtral-8x7b',
    label: 'Mixtral 8x7B',
    architecture: {
      ...llama(
        {
          layerCount: 32,
          hiddenSize: 4096,
          attentionHeadCount: 32,
          keyValueHeadCount: 8,
          feedForwardSize: 14336,
        },
        32000,
        32768,
      ),
      experts: {
        expertCount: 8,
        activeExpertCount: 2,
        sharedExpertCount: 0,
        expertFeedForwardSize: 14336,
        denseLayerCount: 0,
      },
    },
    publishedParameterCount: 46.7e9,
    source:
      'Jiang et al. 2024, Mixtral of experts (arXiv 2401.04088), table 1 and section 2: 8 experts, top-2, 46.7B total, 12.9B active',
  },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3 (671B, 37B active)',
    architecture: {
      ...llama(
        {
          layerCount: 61,
          hiddenSize: 7168,
          attentionHeadCount: 128,
          keyValueHeadCount: 128,
          feedForwardSize: 18432,
        },
        129280,
        131072,
      ),
      headSize: 128,
      experts: {
        expertCount: 256,
        activeExpertCount: 8,
        sharedExpertCount: 1,
        expertFeedForwardSize: 2048,
        denseLayerCount: 3,
      },
      latentAttention: { queryLatentSize: 1536, keyValueLatentSize: 512, ropeHeadSize: 64 },
    },
    publishedParameterCount: 671e9,
    source:
      'DeepSeek-AI 2024, DeepSeek-V3 technical report (arXiv 2412.19437), section 4.2: 61 layers, hidden 7168, 128 heads of 128, MLA latents 1536/512, rope 64, first 3 layers dense, then 1 shared + 256 routed experts (8 active) of width 2048; 671B total, 37B active (the 14B multi-token-prediction module is not counted)',
  },
] as const satisfies readonly CataloguePreset[];
