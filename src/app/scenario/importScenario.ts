// Reads a scenario file into the Explore view's state: the file is validated with the core's parser (every bad
// field is reported), its base configuration (presets and params, without variants or sweep) becomes the
// parameters, its seed the seed, and its first numeric sweep axis the swept parameter. Pure.
import type { FieldError } from '../../core/params/constraints';
import { findParam, type Params } from '../../core/params/table';
import { baseParams } from '../../core/scenario/baseParams';
import { parseScenarioText } from '../../core/scenario/index';

/** What a scenario file sets in the Explore view. */
export interface ImportedScenario {
  params: Params;
  seed: string;
  /** The first sweep axis when it is a numeric parameter, else null (keep the current one). */
  sweepPath: string | null;
  /** Number of variants in the file (only the base configuration is loaded). */
  variantCount: number;
  title: string;
}

/** The Explore state of a scenario file's text, or every problem that stops it loading. */
export function importScenarioText(
  text: string,
): { ok: true; imported: ImportedScenario } | { ok: false; errors: FieldError[] } {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed;
  const { scenario } = parsed;
  const firstAxis = scenario.sweep?.axes[0]?.path;
  return {
    ok: true,
    imported: {
      params: baseParams(scenario),
      seed: scenario.seed,
      sweepPath: firstAxis && findParam(firstAxis)?.spec.kind === 'number' ? firstAxis : null,
      variantCount: scenario.variants?.length ?? 0,
      title: scenario.title,
    },
  };
}
