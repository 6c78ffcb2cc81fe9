// The model fields with every shape field filled in from the architecture they describe, so code that reads
// a field (layers, width, heads) sees the real shape, whether it came from the catalogue, was given, or was
// derived from the parameter count. Resolving is idempotent.
import type { Params } from '../params/table';
import { parameterCountOf } from './catalogue';
import { architectureOf } from './fromParams';
import { walkLayers } from './layerList';
import { type Architecture, isLayerList, type LayerListArchitecture } from './types';

type ModelFields = Params['model'];
type ShapeFields = Pick<
  ModelFields,
  | 'parameterCount'
  | 'layerCount'
  | 'hiddenSize'
  | 'attentionHeadCount'
  | 'keyValueHeadCount'
  | 'feedForwardSize'
  | 'gatedFeedForward'
  | 'vocabularySize'
  | 'tiedEmbeddings'
  | 'expertCount'
  | 'activeExpertCount'
>;

function layerListFields(
  architecture: LayerListArchitecture,
): Pick<ShapeFields, 'layerCount' | 'hiddenSize'> {
  const main = walkLayers(architecture).filter((layer) => layer.mainPath);
  const widest = main.reduce(
    (largest, layer) =>
      Math.max(
        largest,
        layer.outputShape.reduce((a, b) => a * b, 1),
      ),
    0,
  );
  return { layerCount: main.length, hiddenSize: widest };
}

/**
 * The shape fields of an architecture. For a CNN or MLP, layers are the main-path layers and the width is
 * the largest activation between two of them (what a pipeline cut may have to send); the transformer-only
 * fields keep their values.
 */
export function shapeFieldsOf(architecture: Architecture): Partial<ShapeFields> {
  const parameterCount = parameterCountOf(architecture);
  if (isLayerList(architecture)) return { parameterCount, ...layerListFields(architecture) };
  const experts = architecture.experts;
  return {
    parameterCount,
    layerCount: architecture.layerCount,
    hiddenSize: architecture.hiddenSize,
    attentionHeadCount: architecture.attentionHeadCount,
    keyValueHeadCount: architecture.keyValueHeadCount,
    feedForwardSize: experts ? experts.expertFeedForwardSize : architecture.feedForwardSize,
    gatedFeedForward: architecture.gatedFeedForward,
    vocabularySize: architecture.vocabularySize,
    tiedEmbeddings: architecture.tiedEmbeddings,
    expertCount: experts ? experts.expertCount : 1,
    activeExpertCount: experts ? experts.activeExpertCount : 1,
  };
}

/** Params whose model fields hold the resolved shape (the input is not changed). */
export function resolveModelShape(params: Params): Params {
  const architecture = architectureOf(params);
  return { ...params, model: { ...params.model, ...shapeFieldsOf(architecture) } };
}
