// Typed descriptions of model architectures: decoder and encoder transformers (dense or mixture-of-experts,
// optionally with latent attention), CNNs as a list of layers, and MLPs. A description holds the shape only;
// parameter counts and the work of each pass are derived from it (parameterCount.ts, src/core/work).

/** Element-wise activation of a feed-forward or convolution layer. */
export type Activation = 'gelu' | 'silu' | 'relu' | 'none';

/**
 * Activation of a CNN or MLP layer: the transformer ones, or hard-swish, x * ReLU6(x + 3) / 6 (Howard et al.
 * 2019, Searching for MobileNetV3, arXiv 1905.02244, section 5.2). SiLU is the swish of EfficientNet.
 */
export type LayerActivation = Activation | 'hardSwish';

/** The gate of a squeeze-and-excitation block: the sigmoid (Hu et al. 2018) or hard-sigmoid ReLU6(x + 3) / 6. */
export type ExcitationGate = 'sigmoid' | 'hardSigmoid';

/** Mixture-of-experts feed-forward layers (Mixtral, DeepSeek-V3). */
export interface MixtureOfExperts {
  /** Routed experts per MoE layer. */
  expertCount: number;
  /** Routed experts each token uses (top-k). */
  activeExpertCount: number;
  /** Experts every token uses in addition (DeepSeek-V3: 1). */
  sharedExpertCount: number;
  /** Hidden width of one expert's feed-forward. */
  expertFeedForwardSize: number;
  /** Leading layers that keep a dense feed-forward of `feedForwardSize` (DeepSeek-V3: 3). */
  denseLayerCount: number;
}

/** Multi-head latent attention (DeepSeek-V2/V3): queries and keys/values pass through low-rank latents. */
export interface LatentAttention {
  queryLatentSize: number;
  keyValueLatentSize: number;
  /** Per-head width of the rotary part of queries and keys (shared key part is cached once). */
  ropeHeadSize: number;
}

/** A decoder (causal, generates tokens) or encoder (bidirectional, one forward) transformer. */
export interface TransformerArchitecture {
  family: 'decoder' | 'encoder';
  layerCount: number;
  hiddenSize: number;
  attentionHeadCount: number;
  /** Key/value heads: equal to the head count for multi-head attention, fewer for grouped-query. */
  keyValueHeadCount: number;
  /** Width of one head (queries, keys and values). */
  headSize: number;
  /** Hidden width of the dense feed-forward. */
  feedForwardSize: number;
  /** Gated feed-forward (SwiGLU, GeGLU): three weight matrices instead of two. */
  gatedFeedForward: boolean;
  activation: Activation;
  /** LayerNorm (gain and bias) or RMSNorm (gain only). */
  normalization: 'layer' | 'rms';
  /** Biases on the linear layers (GPT-2, BERT, BLOOM) or none (Llama family). */
  linearBiases: boolean;
  vocabularySize: number;
  /** Output projection shares the input embedding's weights. */
  tiedEmbeddings: boolean;
  /** Rows of a learned position table (0 for rotary or ALiBi positions). */
  learnedPositionCount: number;
  /** Longest context the model was built for, tokens. */
  contextTokenCount: number;
  experts?: MixtureOfExperts;
  latentAttention?: LatentAttention;
  /** Weights outside the pattern above (BERT's pooler and token types, BLOOM's embedding norm). */
  extraParameterCount: number;
  /**
   * Width of the token and position embeddings when it differs from the hidden size (ALBERT's factorised
   * embedding: V x E look-up, then an E x d projection with bias). Absent: the embeddings are d wide.
   */
  embeddingSize?: number;
  /**
   * Distinct sets of layer weights when layers share them (ALBERT shares one set across all layers: 1).
   * Absent: every layer has its own. Compute still runs every layer.
   */
  layerWeightSetCount?: number;
}

/** One layer of a CNN or MLP, in order; a residual block holds a body and an optional shortcut. */
export type NetworkLayer =
  | {
      kind: 'convolution';
      outChannelCount: number;
      kernelSize: number;
      stride: number;
      padding: number;
      /** Channel groups: 1 for a full convolution, the channel count for a depthwise one. */
      groupCount: number;
      activation: LayerActivation;
      batchNorm: boolean;
    }
  | { kind: 'pooling'; mode: 'max' | 'average'; kernelSize: number; stride: number; padding: number }
  | { kind: 'globalAveragePooling' }
  | { kind: 'dense'; outFeatureCount: number; activation: LayerActivation; bias: boolean }
  | {
      /**
       * Squeeze-and-excitation (Hu et al. 2018, arXiv 1709.01507, figure 2): a global average pool of the
       * [C, H, W] input, a 1x1 convolution (dense) with bias to `reducedChannelCount`, the inner activation,
       * a 1x1 convolution with bias back to C, the gate, and each channel of the input scaled by its gate.
       * The reduced width is given, not a ratio, because the papers round it differently (EfficientNet from
       * the block's input width, MobileNetV3 from the expanded width to a multiple of 8).
       */
      kind: 'squeezeExcitation';
      reducedChannelCount: number;
      innerActivation: LayerActivation;
      gate: ExcitationGate;
    }
  | {
      kind: 'residual';
      body: readonly NetworkLayer[];
      /** Empty for an identity shortcut. */
      shortcut: readonly NetworkLayer[];
      /** After the addition: ReLU in ResNet (He et al. 2016), none in inverted residuals (MobileNetV2/V3). */
      activationAfterAddition: LayerActivation;
    };

/** A CNN (image input) or MLP (vector input) as a list of layers. */
export interface LayerListArchitecture {
  family: 'cnn' | 'mlp';
  /** One item's input: [channels, height, width] for a CNN, [features] for an MLP. */
  inputShape: readonly number[];
  layers: readonly NetworkLayer[];
}

/** Any architecture the catalogue can describe. */
export type Architecture = TransformerArchitecture | LayerListArchitecture;

/** A catalogue entry: an architecture with its published size and the source of both. */
export interface CataloguePreset<Id extends string = string> {
  id: Id;
  label: string;
  architecture: Architecture;
  /** Parameter count the source states (a test checks the shape reproduces it). */
  publishedParameterCount: number;
  /** Model card or paper the shape and count come from. */
  source: string;
}

/** Whether an architecture is a layer list (CNN or MLP) rather than a transformer. */
export function isLayerList(architecture: Architecture): architecture is LayerListArchitecture {
  return architecture.family === 'cnn' || architecture.family === 'mlp';
}
