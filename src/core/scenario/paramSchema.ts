// Zod schemas for parameter values, built from the parameter table at run time: a number is checked against
// its range (and whole-number rule), a choice against its options, a flag is a boolean. Every message says
// what is allowed, in words, with the unit.
import * as z from 'zod';
import { describeAllowed, showInput } from '../params/describe';
import { PARAMETER_ROWS, type ParamRow } from '../params/table';
import { PRESETS } from '../presets/index';
import { formatExact } from './formatNumber';
import { mustBe, strictObject, UNKNOWN_PARAMETER } from './messages';

/** A single parameter value as written in a scenario or on the command line. */
export type ParamScalar = number | string | boolean;

/** Text for an editor tooltip: label, unit, meaning, default and source. */
export function paramDocumentation(row: ParamRow): string {
  const { spec } = row;
  const unit = spec.kind === 'number' ? ` (${spec.unit})` : '';
  const defaultText = typeof spec.default === 'number' ? formatExact(spec.default) : String(spec.default);
  return `${spec.label}${unit}. ${spec.description} Allowed: ${describeAllowed(spec)}. Default: ${defaultText}. Source: ${spec.source}`;
}

/** The schema of one parameter's value. */
export function paramValueSchema(row: ParamRow): z.ZodType<ParamScalar> {
  const { spec } = row;
  const error = mustBe(describeAllowed(spec));
  if (spec.kind === 'number') {
    const range = z.number({ error }).min(spec.min, { error }).max(spec.max, { error });
    return spec.integer ? range.int({ error }) : range;
  }
  if (spec.kind === 'choice') {
    const options = spec.options as [string, ...string[]];
    return z.enum(options, { error });
  }
  return z.boolean({ error });
}

function buildParamsMapSchema() {
  const shape = Object.fromEntries(
    PARAMETER_ROWS.map((row) => {
      // Registered in place rather than with .meta(), which copies the schema: the copy is the larger part of
      // building this map. The schema is new here, so nothing else shares its metadata.
      const schema = paramValueSchema(row).optional();
      z.globalRegistry.add(schema, { description: paramDocumentation(row) });
      return [row.path, schema];
    }),
  );
  return strictObject(shape, UNKNOWN_PARAMETER).meta({
    description: 'Parameter values by "group.name" path (see the parameter table for units and ranges).',
  });
}

// Built once, on first use: the scenario and claim schemas share it (one schema per parameter, about a
// hundredth of a second per build at start-up).
let paramsMapCache: ReturnType<typeof buildParamsMapSchema> | undefined;

/** A "group.name" -> value map; unknown paths are rejected. */
export function paramsMapSchema() {
  paramsMapCache ??= buildParamsMapSchema();
  return paramsMapCache;
}

/** Groups that have presets, with their preset ids. */
export function presetGroups(): Array<{ group: string; ids: string[] }> {
  return Object.entries(PRESETS)
    .map(([group, presets]) => ({ group, ids: Object.keys(presets ?? {}) }))
    .filter((entry) => entry.ids.length > 0);
}

/** A group -> preset id map; unknown groups and ids are rejected. */
export function presetsMapSchema() {
  const groups = presetGroups();
  const shape = Object.fromEntries(
    groups.map(({ group, ids }) => {
      const error = (issue: { input?: unknown }) =>
        `must be one of the ${group} presets ${ids.map((id) => `"${id}"`).join(', ')}; got ${showInput(issue.input)}`;
      return [group, z.enum(ids as [string, ...string[]], { error }).optional()];
    }),
  );
  const known = groups.map((entry) => entry.group).join(', ');
  return strictObject(shape, `no presets exist for that group; groups with presets: ${known}`).meta({
    description: 'Presets by parameter group, applied in the order written, before params.',
  });
}

/** A "group.name" -> reason map: figures a file types instead of taking them from a catalogue preset. */
export function customValuesSchema() {
  const reason = z
    .string({ error: mustBe('a reason of 20 to 600 characters') })
    .min(20, { error: mustBe('a reason of 20 to 600 characters') })
    .max(600, { error: mustBe('a reason of 20 to 600 characters') });
  const shape = Object.fromEntries(PARAMETER_ROWS.map((row) => [row.path, reason.optional()]));
  return strictObject(shape, UNKNOWN_PARAMETER).meta({
    description:
      'Model and device figures typed in params instead of taken from a catalogue preset, each with its reason (no preset exists for the named model or device, or the value is measured in the case).',
  });
}
