// The one schema of a scenario file (docs/scenario-format.md), built from the parameter table and the presets
// at run time, so a parameter or preset added to the table is accepted here without touching this file.
import * as z from 'zod';
import { assertionSchema } from './assertionSchema';
import { MAX_LABEL_CHARS, MAX_NAME_CHARS } from './limits';
import { mustBe, strictObject, text } from './messages';
import { notComparableSchema } from './notComparableSchema';
import { customValuesSchema, paramsMapSchema, presetsMapSchema } from './paramSchema';
import { sweepSchema } from './sweepSchema';

/** The only schema version this code reads. */
export const SCHEMA_VERSION = 1;
/** Scenario ids: kebab-case. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Variant ids: letters, digits, ".", "_" and "-", starting with a letter or digit. */
export const VARIANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Most Monte Carlo runs per row, and steps per run, a file may ask for. */
export const MAX_RUN_COUNT = 10000;
export const MAX_STEP_COUNT = 100000;

const wholeNumber = (min: number, max: number) => {
  const error = mustBe(`a whole number from ${min} to ${max}`);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

const patterned = (pattern: RegExp, allowed: string, description: string) => {
  const error = mustBe(`${allowed}, at most ${MAX_NAME_CHARS} characters`);
  return z.string({ error }).max(MAX_NAME_CHARS, { error }).regex(pattern, { error }).meta({ description });
};

// Ids put these under $defs in the JSON Schema, written once and referenced where used.
const paramsMap = paramsMapSchema().meta({ id: 'params' });
const presetsMap = presetsMapSchema().meta({ id: 'presets' });

const variantSchema = strictObject({
  id: patterned(VARIANT_ID_PATTERN, 'an id of letters, digits, ".", "_" or "-"', 'Unique id of the variant.'),
  label: text('Name shown in legends and tables.', MAX_LABEL_CHARS),
  description: text('What the variant changes, and why.').optional(),
  presets: presetsMap.optional(),
  params: paramsMap.optional(),
}).meta({ description: 'One series: presets and params applied on top of the scenario’s.' });

const claimSchema = strictObject({
  text: text('The claim under test, paraphrased.'),
  source: text('Who made it, and where.'),
  section: text('Section of the source.').optional(),
});

const monteCarloSchema = strictObject({
  runCount: wholeNumber(0, MAX_RUN_COUNT).meta({
    description: 'Independent runs per row; 0 = analytic only.',
  }),
  stepCount: wholeNumber(1, MAX_STEP_COUNT)
    .default(100)
    .meta({ description: 'Steps simulated per run (default 100).' }),
});

/** The scenario file schema; parse with parseScenario (parse.ts), which adds cross-reference checks. */
export const scenarioSchema = strictObject({
  $schema: z
    .string({ error: mustBe(`a string of at most ${MAX_LABEL_CHARS} characters`) })
    .max(MAX_LABEL_CHARS, { error: mustBe(`a string of at most ${MAX_LABEL_CHARS} characters`) })
    .optional()
    .meta({ description: 'Path of this JSON Schema, for editors; ignored.' }),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: mustBe(String(SCHEMA_VERSION)) }),
  id: patterned(
    SCENARIO_ID_PATTERN,
    'a kebab-case id such as "intellect-1-regions"',
    'Unique kebab-case id.',
  ),
  title: text('Title shown in the app.', MAX_LABEL_CHARS),
  description: text('Two or three sentences: what the scenario sets up.'),
  claim: claimSchema,
  whatToNotice: text('Two or three sentences for a workshop.').optional(),
  seed: z
    .string({ error: mustBe(`a string of at most ${MAX_NAME_CHARS} characters`) })
    .max(MAX_NAME_CHARS, { error: mustBe(`a string of at most ${MAX_NAME_CHARS} characters`) })
    .default('seed')
    .meta({ description: 'Seed of every random process (default "seed").' }),
  presets: presetsMap.optional(),
  params: paramsMap.optional(),
  customValues: customValuesSchema().optional(),
  variants: z
    .array(variantSchema, { error: mustBe('a list of variants') })
    .min(1, { error: mustBe('a list of at least one variant (or leave it out)') })
    .optional(),
  sweep: sweepSchema.optional(),
  monteCarlo: monteCarloSchema.optional(),
  expect: z.array(assertionSchema, { error: mustBe('a list of assertions') }).optional(),
  notComparable: notComparableSchema.optional(),
}).meta({
  title: 'DeAI Trade-off Simulator scenario',
  description: 'A scenario file: presets, params, variants, a sweep, Monte Carlo and assertions.',
});

/**
 * The scenario schema as a JSON Schema (draft 2020-12) for editors; the parameter and preset maps are written
 * once under $defs. Cross-field checks (parse.ts) are not expressible in it.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
