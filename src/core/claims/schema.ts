// The one schema of a claim file (docs/claims.md): a project's performance claim, the configuration it describes
// and how sure we are of the inputs it leaves open. Same family as the scenario schema: the parameter and preset
// maps, the error messages and the schema version are shared, so a parameter added to the table is accepted here.
import * as z from 'zod';
import { MAX_LABEL_CHARS, MAX_NAME_CHARS } from '../scenario/limits';
import { mustBe, strictObject, text } from '../scenario/messages';
import { paramsMapSchema, presetsMapSchema } from '../scenario/paramSchema';
import { SCENARIO_ID_PATTERN, SCHEMA_VERSION } from '../scenario/schema';

/** Fewest Monte Carlo runs a claim check may ask for: below 20 a 5% tail has no draw in it on average. */
export const MIN_CLAIM_RUN_COUNT = 20;
/** Most Monte Carlo runs a claim check may ask for (about a minute of evaluation on one core). */
export const MAX_CLAIM_RUN_COUNT = 20000;
/** Runs when the file does not say: enough for a P(holds) standard error of at most 0.025 (sqrt(0.25 / 400)). */
export const DEFAULT_CLAIM_RUN_COUNT = 400;
/** Largest relative tolerance of an "about" claim: beyond 100% "about" no longer says anything. */
export const MAX_ABOUT_TOLERANCE_FRACTION = 1;

const wholeNumber = (min: number, max: number) => {
  const error = mustBe(`a whole number from ${min} to ${max}`);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

const finiteNumber = (description: string) => {
  const error = mustBe('a finite number');
  return z.number({ error }).meta({ description });
};

const sourceSchema = strictObject({
  who: text('The project, company or authors who made the claim.'),
  document: text(
    'Where: the report, paper, README or announcement, with an identifier (arXiv id, repository).',
  ),
  date: text('When: year and month (or day) of the statement.'),
  section: text('Section, table or paragraph of the document.').optional(),
  statement: text('The claim in our own words (paraphrased, never copied).'),
}).meta({ description: 'Who made the claim, where, when, and what they said (paraphrased).' });

const atLeastOrMost = strictObject({
  metric: text(
    'A metric name from the catalog (docs/metrics.md), e.g. "computeTimeFraction".',
    MAX_NAME_CHARS,
  ),
  direction: z.enum(['at-least', 'at-most'], { error: mustBe('"at-least", "at-most" or "about"') }),
  value: finiteNumber('The claimed value, in the metric’s unit.'),
});

const about = strictObject({
  metric: text('A metric name from the catalog (docs/metrics.md), e.g. "stepTimeS".', MAX_NAME_CHARS),
  direction: z.literal('about', { error: mustBe('"at-least", "at-most" or "about"') }),
  value: finiteNumber('The claimed value, in the metric’s unit.'),
  toleranceFraction: z
    .number({ error: mustBe(`a number above 0 and at most ${MAX_ABOUT_TOLERANCE_FRACTION}`) })
    .gt(0, { error: mustBe(`a number above 0 and at most ${MAX_ABOUT_TOLERANCE_FRACTION}`) })
    .max(MAX_ABOUT_TOLERANCE_FRACTION, {
      error: mustBe(`a number above 0 and at most ${MAX_ABOUT_TOLERANCE_FRACTION}`),
    })
    .meta({ description: 'How close counts as "about": |model / claimed - 1| <= this.' }),
});

const claimedSchema = z
  .discriminatedUnion('direction', [atLeastOrMost, about], {
    error: mustBe('an object with metric, direction ("at-least", "at-most" or "about") and value'),
  })
  .meta({ description: 'The claimed metric, value and direction.' });

const rangeSchema = strictObject({
  min: finiteNumber('Lowest plausible value, in the parameter’s unit.'),
  max: finiteNumber('Highest plausible value, in the parameter’s unit.'),
  source: text('Why this range: the measurement, datasheet or statement it comes from.'),
});

/** A "group.name" -> { min, max, source } map; paths and bounds are checked against the table in parse.ts. */
const uncertaintySchema = z
  .record(z.string(), rangeSchema, { error: mustBe('an object of "group.name": { min, max, source }') })
  .meta({
    description:
      'Narrower plausible ranges for inputs the claim leaves open, by parameter path; they replace the plausible-range table for those inputs.',
  });

/** The claim file schema; parse with parseClaim (parse.ts), which adds the cross-field checks. */
export const claimSchema = strictObject({
  $schema: z
    .string({ error: mustBe(`a string of at most ${MAX_LABEL_CHARS} characters`) })
    .max(MAX_LABEL_CHARS, { error: mustBe(`a string of at most ${MAX_LABEL_CHARS} characters`) })
    .optional()
    .meta({ description: 'Path of this JSON Schema, for editors; ignored.' }),
  schemaVersion: z.literal(SCHEMA_VERSION, { error: mustBe(String(SCHEMA_VERSION)) }),
  id: z
    .string({ error: mustBe('a kebab-case id such as "intellect-1-global-utilisation"') })
    .regex(SCENARIO_ID_PATTERN, { error: mustBe('a kebab-case id such as "intellect-1-global-utilisation"') })
    .meta({ description: 'Unique kebab-case id.' }),
  title: text('Title shown in reports.', MAX_LABEL_CHARS),
  description: text('Two or three sentences: how the configuration models the claim, and what it assumes.'),
  source: sourceSchema,
  presets: presetsMapSchema().meta({ id: 'presets' }).optional(),
  params: paramsMapSchema().meta({ id: 'params' }).optional(),
  claim: claimedSchema,
  uncertainty: uncertaintySchema.optional(),
  seed: z
    .string({ error: mustBe(`a string of at most ${MAX_NAME_CHARS} characters`) })
    .max(MAX_NAME_CHARS, { error: mustBe(`a string of at most ${MAX_NAME_CHARS} characters`) })
    .default('seed')
    .meta({ description: 'Seed of every random draw (default "seed").' }),
  monteCarlo: strictObject({
    runCount: wholeNumber(MIN_CLAIM_RUN_COUNT, MAX_CLAIM_RUN_COUNT).meta({
      description: `Monte Carlo draws of the uncertain inputs (default ${DEFAULT_CLAIM_RUN_COUNT}).`,
    }),
  }).optional(),
}).meta({
  title: 'DeAI Trade-off Simulator claim',
  description:
    'A performance claim to sanity-check: its source, configuration, claimed value and input ranges.',
});

/** The claim schema as a JSON Schema (draft 2020-12) for editors; cross-field checks are not expressible in it. */
export function claimJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(claimSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
