// Model presets: one per catalogue entry, derived from the catalogue. Applying one names the architecture
// and writes its shape into the model fields (so the controls show it and the model's rule is satisfied).
import { MODEL_CATALOGUE } from '../models/catalogue';
import { shapeFieldsOf } from '../models/resolveShape';
import type { Preset } from './types';

type ModelValues = Record<string, number | string | boolean>;

function presetValues(preset: (typeof MODEL_CATALOGUE)[number]): ModelValues {
  const family = preset.architecture.family;
  const values: ModelValues = { architecture: preset.id };
  if (family === 'decoder' || family === 'encoder') values.family = family;
  for (const [name, value] of Object.entries(shapeFieldsOf(preset.architecture)))
    if (value !== undefined) values[name] = value;
  return values;
}

/** Model presets by id. */
export const MODEL_PRESETS: Record<string, Preset<ModelValues>> = Object.fromEntries(
  MODEL_CATALOGUE.map((preset) => [
    preset.id,
    { id: preset.id, label: preset.label, values: presetValues(preset), source: preset.source },
  ]),
);
