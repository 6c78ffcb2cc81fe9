// A consistent transformer shape from the parameter count and whichever shape fields were given (0 = not
// given): depth and width follow a fixed aspect ratio, heads a fixed head size, and the feed-forward width is
// solved last so that the shape's parameter count is the requested one.
import { boundedMemo } from './memo';
import { transformerWeights } from './transformerWeights';
import type { TransformerArchitecture } from './types';

/**
 * Width over depth (d_model / n_layers) of a derived shape. GPT-3 175B (12288 / 96; Brown et al. 2020,
 * table 2.1), Llama 2 7B and 13B (4096 / 32, 5120 / 40; Touvron et al. 2023) and Llama 3 8B (4096 / 32) all
 * use 128; Kaplan et al. 2020 (arXiv 2001.08361, figure 5) find the loss changes by only a few percent for
 * aspect ratios from about 20 to 200 at a fixed parameter count, so one ratio serves every size.
 */
export const DERIVED_ASPECT_RATIO = 128;
/** Head width of derived shapes: 128 as in Llama 2/3 and GPT-3 175B; 64 below 2048 wide, as in GPT-2 and BERT. */
export const DERIVED_HEAD_SIZE = 128;
export const DERIVED_SMALL_HEAD_SIZE = 64;
export const DERIVED_SMALL_WIDTH_LIMIT = 2048;
/**
 * Key/value heads of a derived shape, at most: grouped-query attention with 8 KV heads, as in every Llama 3
 * size (Llama Team 2024, table 3), Llama 2 70B and Mixtral; Ainslie et al. 2023 (arXiv 2305.13245) show it
 * keeps multi-head quality. Smaller derived models keep one KV head per query head.
 */
export const DERIVED_KEY_VALUE_HEAD_LIMIT = 8;
/** Widths are rounded down to a multiple of the small head size, so heads divide them. */
export const DERIVED_WIDTH_STEP = 64;
/** Feed-forward width over hidden size: 4 (Vaswani et al. 2017); 8/3 for gated layers, which keeps the weights
 * equal with three matrices (Shazeer 2020, GLU variants improve transformer, arXiv 2002.05202). */
export const PLAIN_FEED_FORWARD_RATIO = 4;
export const GATED_FEED_FORWARD_RATIO = 8 / 3;

/** The fields a custom or derived transformer is built from (0 = derive that field). */
export interface TransformerShapeRequest {
  family: 'decoder' | 'encoder';
  parameterCount: number;
  layerCount: number;
  hiddenSize: number;
  attentionHeadCount: number;
  keyValueHeadCount: number;
  feedForwardSize: number;
  gatedFeedForward: boolean;
  vocabularySize: number;
  tiedEmbeddings: boolean;
  expertCount: number;
  activeExpertCount: number;
  contextTokenCount: number;
}

/** Halvings of the search interval: 2^-64 of it is below a double's resolution. */
const BISECTION_STEP_COUNT = 64;
/** Derived shapes remembered (deriving is pure; see memo.ts). */
const DERIVED_CACHE_CAPACITY = 512;
const LARGEST_WIDTH = 1e8;

function headCountFor(width: number): number {
  const headSize = width < DERIVED_SMALL_WIDTH_LIMIT ? DERIVED_SMALL_HEAD_SIZE : DERIVED_HEAD_SIZE;
  return Math.max(1, Math.round(width / headSize));
}

/** The architecture for a given depth, width and feed-forward width; heads from the request or derived. */
function build(request: TransformerShapeRequest, layers: number, width: number, feedForward: number) {
  const heads = request.attentionHeadCount || headCountFor(width);
  const experts =
    request.expertCount > 1
      ? {
          expertCount: request.expertCount,
          activeExpertCount: request.activeExpertCount,
          sharedExpertCount: 0,
          expertFeedForwardSize: feedForward,
          denseLayerCount: 0,
        }
      : undefined;
  const gated = request.gatedFeedForward;
  const architecture: TransformerArchitecture = {
    family: request.family,
    layerCount: layers,
    hiddenSize: width,
    attentionHeadCount: heads,
    keyValueHeadCount: request.keyValueHeadCount || Math.min(heads, DERIVED_KEY_VALUE_HEAD_LIMIT),
    headSize: width / heads,
    feedForwardSize: feedForward,
    gatedFeedForward: gated,
    activation: gated ? 'silu' : 'gelu',
    normalization: gated ? 'rms' : 'layer',
    linearBiases: !gated,
    vocabularySize: request.vocabularySize,
    tiedEmbeddings: request.tiedEmbeddings,
    learnedPositionCount: 0,
    contextTokenCount: request.contextTokenCount,
    extraParameterCount: 0,
    ...(experts ? { experts } : {}),
  };
  return architecture;
}

const ratioOf = (request: TransformerShapeRequest) =>
  request.gatedFeedForward ? GATED_FEED_FORWARD_RATIO : PLAIN_FEED_FORWARD_RATIO;

/** Parameter count at a (possibly fractional) depth and width with the ratio's feed-forward width. */
function countAt(request: TransformerShapeRequest, layers: number, width: number): number {
  return transformerWeights(build(request, layers, width, ratioOf(request) * width)).totalCount;
}

/** The smallest value in [low, high] at which `count` reaches `target` (count must grow with it). */
function bisect(count: (value: number) => number, target: number, low: number, high: number): number {
  let [below, above] = [low, high];
  for (let step = 0; step < BISECTION_STEP_COUNT; step += 1) {
    const middle = (below + above) / 2;
    if (count(middle) < target) below = middle;
    else above = middle;
  }
  return above;
}

/** Down to a multiple of the step, so the feed-forward width solved next is never squeezed below zero. */
const roundWidth = (width: number) =>
  Math.max(DERIVED_WIDTH_STEP, Math.floor(width / DERIVED_WIDTH_STEP) * DERIVED_WIDTH_STEP);

/** Depth and width: as given, or from the aspect ratio and the parameter count. */
function depthAndWidth(request: TransformerShapeRequest): [number, number] {
  const target = request.parameterCount;
  if (request.layerCount && request.hiddenSize) return [request.layerCount, request.hiddenSize];
  if (request.layerCount)
    return [
      request.layerCount,
      roundWidth(bisect((width) => countAt(request, request.layerCount, width), target, 1, LARGEST_WIDTH)),
    ];
  if (request.hiddenSize) {
    const depth = bisect((layers) => countAt(request, layers, request.hiddenSize), target, 0, LARGEST_WIDTH);
    return [Math.max(1, Math.round(depth)), request.hiddenSize];
  }
  const free = bisect(
    (width) => countAt(request, width / DERIVED_ASPECT_RATIO, width),
    target,
    1,
    LARGEST_WIDTH,
  );
  const layers = Math.max(1, Math.round(free / DERIVED_ASPECT_RATIO));
  return [layers, roundWidth(bisect((width) => countAt(request, layers, width), target, 1, LARGEST_WIDTH))];
}

/**
 * The transformer a request describes. Missing depth and width follow the aspect-ratio rule; a missing
 * feed-forward width is solved so that the parameter count is the requested one (so it also absorbs the
 * rounding of the width). Says why when the fixed parts alone exceed the count.
 */
export const deriveTransformer: (request: TransformerShapeRequest) => DerivedShape = boundedMemo(
  DERIVED_CACHE_CAPACITY,
  (request) => JSON.stringify(request),
  deriveUncached,
);

/** A derived shape, and why the request cannot have one when it cannot (the shape is then the smallest). */
export interface DerivedShape {
  architecture: TransformerArchitecture;
  problem?: string;
}

function deriveUncached(request: TransformerShapeRequest): DerivedShape {
  const [layers, width] = depthAndWidth(request);
  const atZero = transformerWeights(build(request, layers, width, 0)).totalCount;
  const perUnit = transformerWeights(build(request, layers, width, 1)).totalCount - atZero;
  const solved = request.feedForwardSize || Math.floor((request.parameterCount - atZero) / perUnit);
  // Too small a count for the fixed parts: keep the smallest shape (so evaluation still runs) and say why;
  // the model's cross-field rule refuses such parameters wherever they are validated.
  const feedForward = Math.max(1, solved);
  const problem =
    solved < 1
      ? `the embeddings, attention and norms of ${layers} layers of width ${width} already hold ${atZero.toPrecision(3)} parameters, more than ${request.parameterCount.toPrecision(3)}`
      : undefined;
  const architecture = build(request, layers, width, feedForward);
  // A whole-number width leaves up to one unit of width fewer weights than asked: carry them as extra
  // weights so the count is exactly the requested one (and resolving the shape again changes nothing).
  const remainder = request.parameterCount - transformerWeights(architecture).totalCount;
  const extra = remainder > 0 && remainder < perUnit ? remainder : 0;
  return {
    architecture: { ...architecture, extraParameterCount: extra },
    ...(problem ? { problem } : {}),
  };
}
