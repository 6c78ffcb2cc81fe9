// The operation-level description of the work a job does, derived once from the model's architecture: per
// pass (training step, prefill, one decoded token, one forward pass, a batched forward) the matmul and
// attention FLOP, the non-linear elements by kind, the work of each layer with its input and output shapes,
// and the bytes that cross a layer boundary; for the model, the bytes of weights, gradients, optimizer state
// and KV cache at the configured precision. Compute, memory, communication, pipeline hand-offs and the
// privacy and verification costs all read this one description instead of counting on their own.

/** The architecture families the catalogue describes. */
export type ArchitectureFamily = 'decoder' | 'encoder' | 'cnn' | 'mlp';

/**
 * A pass through the model:
 * - `trainingStep`: forward and backward over one node's tokens (or samples) of one step;
 * - `prefill`: the prompt of every sequence of the batch in one parallel pass (decoders only);
 * - `decodeToken`: one generated token for every sequence of the batch (decoders only);
 * - `forward`: one item (one sequence or one image), nothing generated;
 * - `batchedForward`: the whole batch of items, several tokens each, nothing generated.
 */
export type PassKind = 'trainingStep' | 'prefill' | 'decodeToken' | 'forward' | 'batchedForward';

/** Every pass kind, in the order above. */
export const PASS_KINDS: readonly PassKind[] = [
  'trainingStep',
  'prefill',
  'decodeToken',
  'forward',
  'batchedForward',
];

/**
 * Kinds of non-linear element, the part of the work that cryptographic protocols pay for per element:
 * softmax inputs, GeLU and SiLU inputs, normalisation inputs (LayerNorm or RMSNorm), ReLU inputs, pooling
 * window inputs, and the logits of the vocabulary output (its softmax or argmax).
 */
export type NonLinearKind =
  | 'softmax'
  | 'gelu'
  | 'silu'
  | 'normalization'
  | 'relu'
  | 'pooling'
  | 'vocabularyOutput';

/** Every non-linear kind, in the order above. */
export const NON_LINEAR_KINDS: readonly NonLinearKind[] = [
  'softmax',
  'gelu',
  'silu',
  'normalization',
  'relu',
  'pooling',
  'vocabularyOutput',
];

/** Count of non-linear elements by kind (elements, not FLOP). */
export type NonLinearElementCounts = Record<NonLinearKind, number>;

/** What a layer does, for per-layer pricing. */
export type LayerKind =
  | 'embedding'
  | 'attention'
  | 'feedForward'
  | 'expertFeedForward'
  | 'convolution'
  | 'pooling'
  | 'dense'
  /** A squeeze-and-excitation block's scaling of each channel by its gate (element-wise). */
  | 'channelScale'
  | 'normalization'
  | 'vocabularyOutput';

/**
 * The work of one layer (or of `repeatCount` identical consecutive layers) in one pass. FLOP and element
 * counts are for ONE of the repeated layers over the whole pass; multiply by `repeatCount` for the group.
 */
export interface LayerWork {
  /** Human-readable name, e.g. "transformer block" or "conv3_1 3x3". */
  name: string;
  kind: LayerKind;
  /** Identical layers this entry stands for (a transformer's L blocks are one entry). */
  repeatCount: number;
  /** Shape of one item's input: [tokens, width] for sequences, [channels, height, width] for images. */
  inputShape: readonly number[];
  /** Shape of one item's output, as above. */
  outputShape: readonly number[];
  /** Weights of one such layer. */
  parameterCount: number;
  /** Weight-times-activation FLOP of one such layer in this pass (2 FLOP per multiply-add). */
  matmulFlop: number;
  /** Context-dependent attention FLOP (Q K^T and scores x V) of one such layer in this pass. */
  attentionFlop: number;
  nonLinearElementCounts: NonLinearElementCounts;
}

/** The work of one pass over the batch it covers. */
export interface PassWork {
  pass: PassKind;
  /** Items (sequences or images) in the pass. */
  itemCount: number;
  /** Tokens processed in the pass, summed over items (for images and MLP inputs: the item count). */
  tokenCount: number;
  /** Earlier positions each processed token attends to on average (0 without attention). */
  meanContextTokenCount: number;
  /** Weight-times-activation FLOP of the pass (2 per multiply-add; training includes the backward). */
  matmulFlop: number;
  /** Attention FLOP for the context (Q K^T and scores x V; training includes the backward). */
  attentionFlop: number;
  /** matmulFlop + attentionFlop. */
  totalFlop: number;
  /** Non-linear elements of the forward direction of the pass, by kind. */
  nonLinearElementCounts: NonLinearElementCounts;
  /** Sequential forward layer evaluations (rounds for a protocol that pays per layer). */
  sequentialLayerCount: number;
  /** Per-layer work of the forward direction, in order (training: the forward half only). */
  layers: readonly LayerWork[];
  /** Bytes of the activation crossing one layer (or pipeline-stage) boundary for the whole pass. */
  layerBoundaryActivationBytes: number;
  /** Bytes of weights read from memory once in this pass (active experts only for MoE decoding). */
  weightBytesRead: number;
  /** Bytes of KV cache read in this pass (decoding), 0 otherwise. */
  kvCacheBytesRead: number;
}

/** The routed experts of a mixture-of-experts model. */
export interface RoutedExperts {
  /** Routed experts per MoE layer (E). */
  expertCount: number;
  /** Routed experts each token uses (k). */
  activeExpertCount: number;
  /** Layers with experts (the rest keep a dense feed-forward). */
  layerCount: number;
}

/** The work of the configured model, for every pass that applies to its family. */
export interface WorkDescription {
  family: ArchitectureFamily;
  /** Catalogue preset id, or "derived" / "custom". */
  architectureId: string;
  /** Total weights N (all experts). */
  parameterCount: number;
  /** Weights one token passes through (N for dense models, shared plus active experts for MoE). */
  activeParameterCount: number;
  /** Sequential blocks (transformer layers, CNN or MLP layers with weights). */
  layerCount: number;
  /** Width of the activation crossing a block boundary per token (hidden size; CNN: largest map). */
  boundaryWidthCount: number;
  /** Bytes of all weights at the weight precision. */
  weightBytes: number;
  /** Bytes of one full gradient at the weight precision. */
  gradientBytes: number;
  /** Bytes of optimizer state (Adam: fp32 master weights and two moments). */
  optimizerStateBytes: number;
  /** Bytes of KV cache one token adds to one sequence (0 without attention). */
  kvCacheBytesPerToken: number;
  /** Bytes per activation value at the activation precision. */
  activationBytesPerValue: number;
  /** Bytes per hidden-state value sent between nodes, at the communication precision. */
  communicationBytesPerValue: number;
  /**
   * Training: bytes one item (sequence or sample) keeps for the backward pass over all layers, before any
   * tensor-parallel split, under the configured recomputation and attention kernel.
   */
  trainingActivationBytesPerItem: number;
  /** Training: bytes one item keeps at the output (fp32 logits and their inputs), on the last stage only. */
  trainingOutputActivationBytesPerItem: number;
  /** Routed experts of a mixture-of-experts model, for expert-parallel traffic; absent for a dense model. */
  routedExperts?: RoutedExperts;
  /** Per-pass work; a pass is absent when it does not apply (no decoding for encoders, CNNs, MLPs). */
  passes: Partial<Record<PassKind, PassWork>>;
}

/** All-zero non-linear counts, to build on. */
export function emptyNonLinearCounts(): NonLinearElementCounts {
  return {
    softmax: 0,
    gelu: 0,
    silu: 0,
    normalization: 0,
    relu: 0,
    pooling: 0,
    vocabularyOutput: 0,
  };
}
