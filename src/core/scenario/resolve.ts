// Expands a scenario into rows of complete parameter sets, applying, in order: table defaults, scenario presets,
// scenario params, overrides (CLI --set), variant presets, variant params, sweep point values. Each row also
// records which layer last set each parameter, so a problem can be traced to the line that caused it.
import { defaultParams, type GroupName, PARAMETER_ROWS, type Params, setParams } from '../params/table';
import { applyPreset } from '../presets/index';
import type { ParamScalar } from './paramSchema';
import { type SweepPoint, sweepPoints } from './sweep';
import type { Scenario } from './types';

/** Variant id used when a scenario has no variants. */
export const BASE_VARIANT_ID = 'base';

/** One variant times one sweep point, before evaluation. */
export interface ResolvedRow {
  variant: string;
  /** Index of the variant in the scenario (0 for the implicit base variant). */
  variantIndex: number;
  /** Index of the point in the sweep (0 without a sweep). */
  pointIndex: number;
  point: SweepPoint;
  params: Params;
  /** Where each parameter that is not a table default was set, e.g. "variants[1].params.network.rttMs". */
  origins: Record<string, string>;
}

type ParamMap = Readonly<Record<string, ParamScalar | undefined>>;
type PresetMap = Readonly<Record<string, string | undefined>>;

interface Layered {
  params: Params;
  origins: Record<string, string>;
}

function definedValues(values: ParamMap | undefined): Record<string, ParamScalar> {
  return Object.fromEntries(
    Object.entries(values ?? {}).filter((entry): entry is [string, ParamScalar] => entry[1] !== undefined),
  );
}

function withPresets(state: Layered, presets: PresetMap | undefined, originPrefix: string): Layered {
  return Object.entries(presets ?? {}).reduce<Layered>((next, [group, presetId]) => {
    if (presetId === undefined) return next;
    const params = applyPreset(next.params, group as GroupName, presetId);
    const origins = { ...next.origins };
    for (const row of PARAMETER_ROWS) {
      if (row.group === group) origins[row.path] = `${originPrefix}.${group} ("${presetId}")`;
    }
    return { params, origins };
  }, state);
}

function withValues(
  state: Layered,
  values: ParamMap | undefined,
  originOf: (path: string) => string,
): Layered {
  const defined = definedValues(values);
  const origins = { ...state.origins };
  for (const path of Object.keys(defined)) origins[path] = originOf(path);
  return { params: setParams(state.params, defined), origins };
}

/** The parameters shared by every row: defaults, scenario presets, scenario params, overrides. */
function sharedLayers(scenario: Scenario, overrides: ParamMap): Layered {
  const start: Layered = { params: defaultParams(), origins: {} };
  const presetted = withPresets(start, scenario.presets, 'presets');
  const withScenario = withValues(presetted, scenario.params, (path) => `params.${path}`);
  return withValues(withScenario, overrides, (path) => `--set ${path}`);
}

/** Every row of a scenario, variants outer and sweep points inner. Assumes a validated scenario. */
export function resolveRows(scenario: Scenario, overrides: ParamMap = {}): ResolvedRow[] {
  const shared = sharedLayers(scenario, overrides);
  const points = sweepPoints(scenario.sweep);
  const variants = scenario.variants ?? [{ id: BASE_VARIANT_ID, presets: undefined, params: undefined }];
  return variants.flatMap((variant, variantIndex) => {
    const prefix = scenario.variants ? `variants[${variantIndex}]` : '';
    const presetted = withPresets(shared, variant.presets, `${prefix}.presets`);
    const base = withValues(presetted, variant.params, (path) => `${prefix}.params.${path}`);
    return points.map((point, pointIndex) => {
      const axisIndex = (path: string) => scenario.sweep?.axes.findIndex((axis) => axis.path === path) ?? -1;
      const swept = withValues(
        base,
        point,
        (path) => `sweep.axes[${axisIndex(path)}] (${path} = ${String(point[path])})`,
      );
      return { variant: variant.id, variantIndex, pointIndex, point, ...swept };
    });
  });
}
