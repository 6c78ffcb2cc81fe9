// describeWork: the one operation-level description of the configured job's work, from its architecture
// and precision. Every cost model reads this instead of counting FLOP or bytes of the model on its own.
import { parameterCountOf } from '../models/catalogue';
import { architectureOf } from '../models/fromParams';
import { layerListParameterCount } from '../models/layerList';
import { layerSplit, type TransformerWeights, transformerWeights } from '../models/transformerWeights';
import {
  type Architecture,
  isLayerList,
  type LayerListArchitecture,
  type TransformerArchitecture,
} from '../models/types';
import type { Params } from '../params/table';
import { expectedExpertShareTouched } from './expertRouting';
import { largestBoundaryValueCount, layerListPassWork } from './layerListPass';
import { passShapeOf } from './passShape';
import { type PrecisionBytes, precisionBytes } from './precision';
import { layerListActivationBytes, transformerActivationBytes } from './trainingActivations';
import { transformerPassWork } from './transformerPass';
import type { PassKind, PassWork, WorkDescription } from './types';

/** Keys and values cached per key/value head per layer. */
const KEY_AND_VALUE_COUNT = 2;

/** Values one token adds to the KV cache of one sequence (latent attention caches the latent and rope key). */
export function kvCacheValuesPerToken(model: TransformerArchitecture): number {
  if (model.family !== 'decoder') return 0;
  const latent = model.latentAttention;
  const perLayer = latent
    ? latent.keyValueLatentSize + latent.ropeHeadSize
    : KEY_AND_VALUE_COUNT * model.keyValueHeadCount * model.headSize;
  return model.layerCount * perLayer;
}

/** Share of a MoE model's routed expert weights `tokens` tokens touch (expertRouting.ts); 1 for a dense model. */
function expertShareRead(model: TransformerArchitecture, tokens: number): number {
  const experts = model.experts;
  if (!experts) return 1;
  return expectedExpertShareTouched(experts.expertCount, experts.activeExpertCount, tokens);
}

function transformerWeightBytesRead(
  model: TransformerArchitecture,
  weights: TransformerWeights,
  tokens: number,
  bytes: PrecisionBytes,
) {
  const routed = weights.routedExpertCount;
  return (weights.totalCount - routed + expertShareRead(model, tokens) * routed) * bytes.weightBytesPerValue;
}

function transformerPass(
  params: Params,
  model: TransformerArchitecture,
  weights: TransformerWeights,
  pass: PassKind,
  bytes: PrecisionBytes,
): PassWork {
  const shape = passShapeOf(params, pass, model.family === 'decoder');
  const work = transformerPassWork(model, weights, pass, shape);
  const tokenCount = shape.itemCount * shape.tokensPerItemCount;
  const kvBytesPerToken = kvCacheValuesPerToken(model) * bytes.activationBytesPerValue;
  return {
    pass,
    itemCount: shape.itemCount,
    tokenCount,
    meanContextTokenCount: shape.meanContextTokenCount,
    ...work,
    totalFlop: work.matmulFlop + work.attentionFlop,
    layerBoundaryActivationBytes: tokenCount * model.hiddenSize * bytes.activationBytesPerValue,
    weightBytesRead: transformerWeightBytesRead(model, weights, tokenCount, bytes),
    kvCacheBytesRead: pass === 'decodeToken' ? tokenCount * shape.meanContextTokenCount * kvBytesPerToken : 0,
  };
}

function layerListItems(params: Params, pass: PassKind): number {
  if (pass === 'trainingStep') return params.training.tokensPerStepCount;
  return pass === 'forward' ? 1 : params.inference.batchSizeCount;
}

function layerListPass(
  params: Params,
  model: LayerListArchitecture,
  pass: PassKind,
  bytes: PrecisionBytes,
): PassWork {
  const itemCount = layerListItems(params, pass);
  const work = layerListPassWork(model, pass, itemCount);
  return {
    pass,
    itemCount,
    tokenCount: itemCount,
    meanContextTokenCount: 0,
    ...work,
    totalFlop: work.matmulFlop,
    layerBoundaryActivationBytes:
      itemCount * largestBoundaryValueCount(model) * bytes.activationBytesPerValue,
    weightBytesRead: layerListParameterCount(model) * bytes.weightBytesPerValue,
    kvCacheBytesRead: 0,
  };
}

/** Passes that apply to a family: decoders generate; encoders, CNNs and MLPs run forward passes only. */
export function passKindsOf(architecture: Architecture): PassKind[] {
  const common: PassKind[] = ['trainingStep', 'forward', 'batchedForward'];
  return architecture.family === 'decoder' ? [...common, 'prefill', 'decodeToken'] : common;
}

/** The operation-level description of the configured job's work (architecture from the params unless given). */
export function describeWork(
  params: Params,
  architecture: Architecture = architectureOf(params),
): WorkDescription {
  const bytes = precisionBytes(params);
  const transformer = isLayerList(architecture) ? undefined : architecture;
  const weights = transformer ? transformerWeights(transformer) : undefined;
  const parameterCount = weights ? weights.totalCount : parameterCountOf(architecture);
  const passes: WorkDescription['passes'] = {};
  for (const pass of passKindsOf(architecture))
    passes[pass] =
      transformer && weights
        ? transformerPass(params, transformer, weights, pass, bytes)
        : layerListPass(params, architecture as LayerListArchitecture, pass, bytes);
  const layerCount = transformer ? transformer.layerCount : (passes.forward?.sequentialLayerCount ?? 0);
  const activations = transformer
    ? transformerActivationBytes(transformer, {
        recomputation: params.training.activationRecomputation,
        flashAttention: params.training.flashAttention,
        activationBytesPerValue: bytes.activationBytesPerValue,
        sequenceLengthTokens: params.model.sequenceLengthTokens,
      })
    : layerListActivationBytes(architecture as LayerListArchitecture, bytes.activationBytesPerValue);
  return {
    family: architecture.family,
    architectureId: params.model.architecture,
    parameterCount,
    activeParameterCount: weights ? weights.activeCount : parameterCount,
    layerCount,
    boundaryWidthCount: transformer
      ? transformer.hiddenSize
      : largestBoundaryValueCount(architecture as LayerListArchitecture),
    weightBytes: parameterCount * bytes.weightBytesPerValue,
    gradientBytes: parameterCount * bytes.gradientBytesPerValue,
    optimizerStateBytes: parameterCount * bytes.optimizerBytesPerParameter,
    kvCacheBytesPerToken: transformer
      ? kvCacheValuesPerToken(transformer) * bytes.activationBytesPerValue
      : 0,
    activationBytesPerValue: bytes.activationBytesPerValue,
    communicationBytesPerValue: bytes.communicationBytesPerValue,
    trainingActivationBytesPerItem: activations.layersBytesPerItem,
    trainingOutputActivationBytesPerItem: activations.outputBytesPerItem,
    ...(transformer?.experts
      ? {
          routedExperts: {
            expertCount: transformer.experts.expertCount,
            activeExpertCount: transformer.experts.activeExpertCount,
            layerCount: layerSplit(transformer).expert,
          },
        }
      : {}),
    passes,
  };
}
