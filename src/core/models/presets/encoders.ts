// Encoder transformers of the catalogue (bidirectional, one forward pass per input, nothing generated).
import type { CataloguePreset, TransformerArchitecture } from '../types';

const BERT_VOCABULARY = 30522;
const BERT_POSITIONS = 512;
const BERT_TOKEN_TYPES = 2;

/**
 * BERT: post-LayerNorm, GELU, biases, learned positions (512), 30,522-token WordPiece vocabulary. Besides the
 * pattern: two token-type rows and the pooler (d x d plus bias); the embedding LayerNorm stands in for the
 * final norm the pattern counts. The masked-LM head is not part of the published counts.
 */
function bert(layerCount: number, hiddenSize: number, attentionHeadCount: number): TransformerArchitecture {
  return {
    family: 'encoder',
    layerCount,
    hiddenSize,
    attentionHeadCount,
    keyValueHeadCount: attentionHeadCount,
    headSize: hiddenSize / attentionHeadCount,
    feedForwardSize: 4 * hiddenSize,
    gatedFeedForward: false,
    activation: 'gelu',
    normalization: 'layer',
    linearBiases: true,
    vocabularySize: BERT_VOCABULARY,
    tiedEmbeddings: true,
    learnedPositionCount: BERT_POSITIONS,
    contextTokenCount: BERT_POSITIONS,
    extraParameterCount: BERT_TOKEN_TYPES * hiddenSize + hiddenSize * hiddenSize + hiddenSize,
  };
}

const BERT_SOURCE =
  'Devlin et al. 2019, BERT (arXiv 1810.04805), section 3: BASE L=12, H=768, A=12, 110M; LARGE L=24, H=1024, A=16, 340M';

/** ALBERT's SentencePiece vocabulary (Lan et al. 2020, section 4.1: 30,000 tokens, as BERT's size). */
const ALBERT_VOCABULARY = 30000;

/**
 * ALBERT: BERT's layer (GELU, biases, post-LayerNorm, 512 learned positions) with a factorised embedding (V x E,
 * then an E x d projection) and one set of layer weights shared by all layers. Besides the pattern: two
 * token-type rows of width E and the pooler (d x d plus bias).
 */
function albert(
  layerCount: number,
  hiddenSize: number,
  attentionHeadCount: number,
  embeddingSize: number,
): TransformerArchitecture {
  return {
    ...bert(layerCount, hiddenSize, attentionHeadCount),
    vocabularySize: ALBERT_VOCABULARY,
    embeddingSize,
    layerWeightSetCount: 1,
    extraParameterCount: BERT_TOKEN_TYPES * embeddingSize + hiddenSize * hiddenSize + hiddenSize,
  };
}

const ALBERT_SOURCE =
  'Lan et al. 2020, ALBERT (arXiv 1909.11942), table 1: ALBERT-large 18M parameters, 24 layers, hidden 1024, ' +
  'embedding 128, all parameters shared across layers; heads H/64 = 16 and feed-forward 4H (section 3.1)';

/** Encoder presets. */
export const ENCODER_PRESETS = [
  {
    id: 'bert-base',
    label: 'BERT-base (110M)',
    architecture: bert(12, 768, 12),
    publishedParameterCount: 110e6,
    source: BERT_SOURCE,
  },
  {
    id: 'bert-large',
    label: 'BERT-large (340M)',
    architecture: bert(24, 1024, 16),
    publishedParameterCount: 340e6,
    source: BERT_SOURCE,
  },
  {
    id: 'albert-large',
    label: 'ALBERT-large (18M, shared layers)',
    architecture: albert(24, 1024, 16, 128),
    publishedParameterCount: 18e6,
    source: ALBERT_SOURCE,
  },
] as const satisfies readonly CataloguePreset[];
