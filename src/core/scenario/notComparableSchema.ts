// Zod schema of a scenario's `notComparable` list (docs/scenario-format.md, "Cases configured without a
// comparable figure"): a published case whose setting the scenario configures from catalogue presets and runs,
// but whose published figure has no model quantity to compare with, with the reason and what the model
// computes for the setting. docs/validation.md lists these apart from the compared cases, never as passes.
import * as z from 'zod';
import { whereSchema } from './assertionSchema';
import { MAX_NAME_CHARS } from './limits';
import { mustBe, strictObject, text } from './messages';

/** Most model values one entry may show. */
export const MAX_COMPUTED_PER_CASE = 20;

const computedSchema = strictObject({
  label: text('What the value is for the setting, e.g. "round time, 1,000 clients per round".'),
  metric: text('Metric name as in docs/metrics.md.', MAX_NAME_CHARS),
  where: whereSchema,
  dividedBy: whereSchema.optional().meta({
    description:
      'Another row: the value shown is then the metric at `where` divided by the metric at this row (a speed-up between two variants).',
  }),
}).meta({ description: 'One model value the scenario computes for the published setting.' });

const notComparableEntrySchema = strictObject({
  caseId: text('Id of the case in docs/published/.', MAX_NAME_CHARS),
  reason: text(
    'Why the published figure has no comparable model quantity (what the figure measures and what the model lacks).',
  ),
  computed: z
    .array(computedSchema, { error: mustBe('a list of {label, metric, where, dividedBy?}') })
    .min(1, { error: mustBe('a list of at least one {label, metric, where, dividedBy?}') })
    .max(MAX_COMPUTED_PER_CASE, { error: mustBe(`a list of at most ${MAX_COMPUTED_PER_CASE} values`) })
    .meta({ description: 'What the model computes for the setting (shown in docs/validation.md).' }),
}).meta({
  description:
    'A published case configured from presets whose figure the model cannot compare with; listed apart in docs/validation.md, never as a pass.',
});

/** The optional `notComparable` field of a scenario. */
export const notComparableSchema = z
  .array(notComparableEntrySchema, { error: mustBe('a list of {caseId, reason, computed}') })
  .min(1, { error: mustBe('a list of at least one {caseId, reason, computed} (or leave it out)') })
  .meta({
    description:
      'Published cases this scenario configures without a comparable figure, each with the reason (docs/scenario-format.md).',
  });
