// The model catalogue: every preset of every family, looked up by id; the ids are a type, so a misspelt id
// in code does not compile, and the parameter table's options derive from this list.
import { layerListParameterCount } from './layerList';
import { CNN_PRESETS } from './presets/convolutional';
import { DECODER_PRESETS } from './presets/decoders';
import { ENCODER_PRESETS } from './presets/encoders';
import { LARGE_DECODER_PRESETS } from './presets/largeDecoders';
import { MLP_PRESETS } from './presets/mlps';
import { MOBILE_CNN_PRESETS } from './presets/mobileConvolutional';
import { transformerWeights } from './transformerWeights';
import { type Architecture, type CataloguePreset, isLayerList } from './types';

/** Every catalogue preset, decoders first. */
export const MODEL_CATALOGUE = [
  ...DECODER_PRESETS,
  ...LARGE_DECODER_PRESETS,
  ...ENCODER_PRESETS,
  ...CNN_PRESETS,
  ...MOBILE_CNN_PRESETS,
  ...MLP_PRESETS,
] as const;

/** Id of a catalogue preset. */
export type CatalogueId = (typeof MODEL_CATALOGUE)[number]['id'];

/** The catalogue ids, in catalogue order. */
export const CATALOGUE_IDS = MODEL_CATALOGUE.map((preset) => preset.id) as [CatalogueId, ...CatalogueId[]];

const BY_ID: ReadonlyMap<string, CataloguePreset> = new Map(
  MODEL_CATALOGUE.map((preset) => [preset.id, preset as CataloguePreset]),
);

/** The catalogue preset with this id, or undefined. */
export function findCataloguePreset(id: string): CataloguePreset | undefined {
  return BY_ID.get(id);
}

/** Parameter count N computed from an architecture's shape. */
export function parameterCountOf(architecture: Architecture): number {
  return isLayerList(architecture)
    ? layerListParameterCount(architecture)
    : transformerWeights(architecture).totalCount;
}
