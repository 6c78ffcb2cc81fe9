// Cross-field rules of the model group: a custom shape must be able to hold its parameter count, a
// catalogue model keeps its own shape, and only decoders generate.
import type { FieldError, ParamConstraint } from '../params/constraints';
import type { Params } from '../params/table';
import { findCataloguePreset, parameterCountOf } from './catalogue';
import { deriveTransformer } from './deriveShape';
import { CUSTOM_ARCHITECTURE_ID, shapeRequestOf } from './fromParams';
import { shapeFieldsOf } from './resolveShape';
import type { Architecture } from './types';

/** How far a fully given shape's count may sit from model.parameterCount (the catalogue test's tolerance). */
export const GIVEN_SHAPE_COUNT_TOLERANCE_FRACTION = 0.05;

function customShapeErrors(params: Params): FieldError[] {
  const derived = deriveTransformer(shapeRequestOf(params.model));
  if (derived.problem)
    return [
      {
        path: 'model.parameterCount',
        message: `${derived.problem}; raise model.parameterCount or lower model.vocabularySize, model.layerCount or model.hiddenSize`,
      },
    ];
  const count = parameterCountOf(derived.architecture);
  const requested = params.model.parameterCount;
  if (Math.abs(count / requested - 1) <= GIVEN_SHAPE_COUNT_TOLERANCE_FRACTION) return [];
  return [
    {
      path: 'model.parameterCount',
      message: `the given shape holds ${count.toPrecision(3)} parameters, not ${requested.toPrecision(3)} (more than 5% apart); set model.feedForwardSize to 0 to solve it from the count, or change the count`,
    },
  ];
}

function catalogueErrors(params: Params, architecture: Architecture, id: string): FieldError[] {
  const fields = shapeFieldsOf(architecture);
  const model = params.model as Record<string, number | string | boolean>;
  return Object.entries(fields).flatMap(([name, value]) => {
    const given = model[name];
    const unset = name !== 'parameterCount' && given === 0;
    if (given === value || unset) return [];
    return [
      {
        path: `model.${name}`,
        message: `model.architecture ${id} has ${name} ${String(value)}, not ${String(given)}; apply the ${id} model preset, or set model.architecture to custom to change the shape`,
      },
    ];
  });
}

/** The model's cross-field rules. */
export function modelErrors(params: Params): FieldError[] {
  const { architecture: id, expertCount, activeExpertCount } = params.model;
  const errors: FieldError[] = [];
  if (activeExpertCount > expertCount)
    errors.push({
      path: 'model.activeExpertCount',
      message: `${activeExpertCount} active experts but only ${expertCount} experts; allowed: 1 to model.expertCount`,
    });
  const preset = id === CUSTOM_ARCHITECTURE_ID ? undefined : findCataloguePreset(id);
  const family = preset ? preset.architecture.family : params.model.family;
  if (params.workload.kind === 'inference' && params.inference.mode === 'generate' && family !== 'decoder')
    errors.push({
      path: 'inference.mode',
      message: `a ${family} model does not generate tokens; use inference.mode forward (one forward pass per input)`,
    });
  if (preset) return [...errors, ...catalogueErrors(params, preset.architecture, id)];
  return errors.length > 0 ? errors : customShapeErrors(params);
}

/** The model group's rules, for the parameter table's rule list. */
export const MODEL_CONSTRAINTS: readonly ParamConstraint[] = [modelErrors];
