// The architecture the parameters describe: a catalogue preset by id, or a custom transformer built from
// the model fields, with the fields left at 0 derived from the parameter count.
import type { Params } from '../params/table';
import { findCataloguePreset } from './catalogue';
import { deriveTransformer, type TransformerShapeRequest } from './deriveShape';
import type { Architecture } from './types';

/** Id the work description reports for a custom shape. */
export const CUSTOM_ARCHITECTURE_ID = 'custom';

/** The shape request of the model fields. */
export function shapeRequestOf(model: Params['model']): TransformerShapeRequest {
  return {
    family: model.family,
    parameterCount: model.parameterCount,
    layerCount: model.layerCount,
    hiddenSize: model.hiddenSize,
    attentionHeadCount: model.attentionHeadCount,
    keyValueHeadCount: model.keyValueHeadCount,
    feedForwardSize: model.feedForwardSize,
    gatedFeedForward: model.gatedFeedForward,
    vocabularySize: model.vocabularySize,
    tiedEmbeddings: model.tiedEmbeddings,
    expertCount: model.expertCount,
    activeExpertCount: model.activeExpertCount,
    contextTokenCount: model.sequenceLengthTokens,
  };
}

/**
 * The architecture of the configured model. A custom shape that cannot hold the parameter count comes back
 * as the smallest shape; the model's cross-field rule refuses such parameters at validation.
 */
export function architectureOf(params: Params): Architecture {
  const { architecture: id } = params.model;
  if (id !== CUSTOM_ARCHITECTURE_ID) {
    const preset = findCataloguePreset(id);
    if (!preset) throw new Error(`Unknown model.architecture "${id}"`);
    return preset.architecture;
  }
  return deriveTransformer(shapeRequestOf(params.model)).architecture;
}

/** Why the custom shape cannot hold the parameter count, or undefined when it can (or for the catalogue). */
export function shapeProblemOf(params: Params): string | undefined {
  if (params.model.architecture !== CUSTOM_ARCHITECTURE_ID) return undefined;
  return deriveTransformer(shapeRequestOf(params.model)).problem;
}
