// Zod schemas of the assertions a scenario can make about its results (docs/scenario-format.md, "Assertions").
import * as z from 'zod';
import { MAX_NAME_CHARS } from './limits';
import { anyNumber, mustBe, strictObject, text } from './messages';

const scalar = z.union([z.number(), z.string(), z.boolean()], {
  error: mustBe('a number, a string or true/false'),
});

/** Selects one row: a variant id and/or the sweep values of the point. */
export const whereSchema = strictObject({
  variant: text('Variant id (omit when the scenario has no variants).', MAX_NAME_CHARS).optional(),
  point: z
    .record(z.string(), scalar, { error: mustBe('an object of "group.name": value') })
    .optional()
    .meta({ description: 'Sweep values of the row, by parameter path.' }),
}).meta({ description: 'Selects exactly one row of the results.' });

const metric = text(
  'Metric name as in docs/metrics.md (e.g. "throughputTokensPerS"); append ".p10", ".p50" or ".p90" for a Monte Carlo percentile.',
  MAX_NAME_CHARS,
);
const description = text('What the assertion checks, in words.').optional();
const bound = (word: string) => anyNumber(`${word} allowed value (inclusive).`).optional();

/** Directions a trend may take along a sweep axis. */
export const TREND_DIRECTIONS = [
  'increasing',
  'decreasing',
  'non-increasing',
  'non-decreasing',
  'flat',
] as const;

const trendSchema = strictObject({
  type: z.literal('trend'),
  description,
  metric,
  along: text('Sweep axis path the metric moves along.', MAX_NAME_CHARS),
  direction: z.enum(TREND_DIRECTIONS, { error: mustBe(TREND_DIRECTIONS.map((d) => `"${d}"`).join(', ')) }),
  variant: text('Only this variant (default: every variant).', MAX_NAME_CHARS).optional(),
  toleranceFraction: z
    .number({ error: mustBe('a number from 0 to 1') })
    .min(0, { error: mustBe('a number from 0 to 1') })
    .max(1, { error: mustBe('a number from 0 to 1') })
    .optional()
    .meta({
      description:
        'flat: largest allowed (max - min) / max |value| (default 0.01); non-increasing / non-decreasing: allowed step the wrong way, relative (default 0).',
    }),
});

const thresholdSchema = strictObject({
  type: z.literal('threshold'),
  description,
  metric,
  where: whereSchema,
  min: bound('Smallest'),
  max: bound('Largest'),
});

const ratioSchema = strictObject({
  type: z.literal('ratio'),
  description,
  metric,
  numerator: whereSchema,
  denominator: whereSchema,
  min: bound('Smallest'),
  max: bound('Largest'),
});

const nonNegative = (allowed: string, minimum: number) =>
  z.number({ error: mustBe(allowed) }).min(minimum, { error: mustBe(allowed) });

/** How close a model value must be to a published one. */
export const toleranceSchema = z
  .union(
    [
      strictObject({ absolute: nonNegative('a number >= 0', 0) }),
      strictObject({ relative: nonNegative('a number >= 0', 0) }),
      strictObject({ factor: nonNegative('a number >= 1', 1) }),
      strictObject({ orders: nonNegative('a number >= 0', 0) }),
      strictObject({
        range: z.tuple([z.number(), z.number()], { error: mustBe('[low, high]') }),
      }),
    ],
    {
      error: mustBe(
        'one of {"absolute": n}, {"relative": n}, {"factor": n >= 1}, {"orders": n}, {"range": [low, high]}',
      ),
    },
  )
  .meta({ description: 'Accepted distance from the published value (docs/scenario-format.md).' });

/**
 * What a `matches` figure is evidence of (docs/scenario-format.md, "Basis of a published figure"):
 * `prediction`: computed from inputs a user could type, with no constant set from this figure;
 * `fitted`: one or more model constants were chosen so this figure comes out;
 * `input-echo`: the figure is itself a published constant the model takes as input (or the source's own
 * arithmetic on such constants), so the check only tests that the formula applies it.
 */
export const MATCH_BASES = ['prediction', 'fitted', 'input-echo'] as const;

const matchesSchema = strictObject({
  type: z.literal('matches'),
  description,
  caseId: text('Id of the case in docs/published/published-cases.json.', MAX_NAME_CHARS),
  label: text('Which published figure this is, e.g. "US only, compute utilisation".'),
  metric,
  where: whereSchema,
  dividedBy: whereSchema.optional().meta({
    description:
      'Another row: the model value is then the metric at `where` divided by the metric at this row (a speed-up or ratio between two variants).',
  }),
  published: anyNumber('The published figure (optional when tolerance is a range).').optional(),
  tolerance: toleranceSchema,
  missReason: text('Documented explanation of a known miss, shown in docs/validation.md.').optional(),
  basis: z
    .enum(MATCH_BASES, { error: mustBe(MATCH_BASES.map((basis) => `"${basis}"`).join(', ')) })
    .optional()
    .meta({
      description:
        'What the figure is evidence of: "prediction" (no constant set from it), "fitted" (constants chosen so it comes out) or "input-echo" (it is a published constant the model takes as input). Missing = "unstated" in docs/validation.md.',
    }),
  basisNote: text(
    'Which constants were fitted to the figure, or which input it echoes (shown in docs/validation.md).',
  ).optional(),
});

/** One assertion of a scenario's `expect` list. */
export const assertionSchema = z.discriminatedUnion(
  'type',
  [trendSchema, thresholdSchema, ratioSchema, matchesSchema],
  { error: mustBe('an assertion whose "type" is "trend", "threshold", "ratio" or "matches"') },
);
