// Zod schema of a sweep: axes of explicit values or of evenly spaced numbers (linear or log), combined as a
// grid or zipped. Axis values are checked against the table row of the axis path.
import * as z from 'zod';
import { describeAllowed } from '../params/describe';
import { findParam, PARAMETER_ROWS } from '../params/table';
import { MAX_NAME_CHARS } from './limits';
import { mustBe, strictObject, text } from './messages';
import { paramValueSchema } from './paramSchema';
import { didYouMean } from './suggest';

/** Most points one axis may generate with from/to/steps. */
export const MAX_AXIS_STEPS = 1000;

const scalar = z.union([z.number(), z.string(), z.boolean()], {
  error: mustBe('a number, a string or true/false'),
});
const stepsError = mustBe(`a whole number from 1 to ${MAX_AXIS_STEPS}`);

const axisShape = {
  path: text('Parameter path, "group.name".', MAX_NAME_CHARS),
  values: z
    .array(scalar, { error: mustBe('a list of values') })
    .min(1, { error: mustBe('a list of at least one value') })
    .optional()
    .meta({ description: 'Explicit values, in order (use this or from/to/steps).' }),
  from: z
    .number({ error: mustBe('a number') })
    .optional()
    .meta({ description: 'First value.' }),
  to: z
    .number({ error: mustBe('a number') })
    .optional()
    .meta({ description: 'Last value.' }),
  steps: z
    .number({ error: stepsError })
    .int({ error: stepsError })
    .min(1, { error: stepsError })
    .max(MAX_AXIS_STEPS, { error: stepsError })
    .optional()
    .meta({ description: 'Number of values from `from` to `to`, both included.' }),
  scale: z
    .enum(['linear', 'log'], { error: mustBe('"linear" or "log"') })
    .optional()
    .meta({ description: 'Spacing of from/to values; default: the parameter’s own scale in the table.' }),
};

type AxisInput = z.infer<z.ZodObject<typeof axisShape>>;

/** Issues of one axis that depend on its path: known path, values allowed, a valid from/to form. */
function axisIssues(axis: AxisInput): Array<{ path: Array<string | number>; message: string }> {
  const row = findParam(axis.path);
  if (!row) {
    const paths = PARAMETER_ROWS.map((entry) => entry.path);
    return [{ path: ['path'], message: `unknown parameter${didYouMean(axis.path, paths)}` }];
  }
  const hasRange = axis.from !== undefined || axis.to !== undefined || axis.steps !== undefined;
  if (axis.values && hasRange) {
    return [{ path: ['values'], message: 'give either "values" or "from", "to" and "steps", not both' }];
  }
  if (axis.values) {
    const schema = paramValueSchema(row);
    return axis.values.flatMap((value, index) => {
      const outcome = schema.safeParse(value);
      return outcome.success
        ? []
        : [{ path: ['values', index], message: outcome.error.issues[0]?.message ?? 'invalid value' }];
    });
  }
  if (row.spec.kind !== 'number') {
    return [
      {
        path: ['values'],
        message: `required: ${row.path} takes ${describeAllowed(row.spec)}, so list the values`,
      },
    ];
  }
  const rangeSchema = paramValueSchema(row);
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  for (const key of ['from', 'to'] as const) {
    const value = axis[key];
    const outcome = value === undefined ? undefined : rangeSchema.safeParse(value);
    if (value === undefined) issues.push({ path: [key], message: `required: ${describeAllowed(row.spec)}` });
    else if (outcome && !outcome.success) {
      issues.push({ path: [key], message: outcome.error.issues[0]?.message ?? 'invalid value' });
    }
  }
  if (axis.steps === undefined) issues.push({ path: ['steps'], message: stepsError({ input: undefined }) });
  const scale = axis.scale ?? row.spec.scale;
  if (scale === 'log' && ((axis.from ?? 1) <= 0 || (axis.to ?? 1) <= 0)) {
    issues.push({ path: ['scale'], message: 'a log scale needs "from" and "to" above 0; use "linear"' });
  }
  return issues;
}

/** One axis of a sweep. */
export const axisSchema = strictObject(axisShape)
  .superRefine((axis, context) => {
    for (const issue of axisIssues(axis)) context.addIssue({ code: 'custom', ...issue });
  })
  .meta({ description: 'One swept parameter: explicit values, or from/to/steps with a scale.' });

/** The sweep: axes combined as a grid (every combination) or zipped (i-th value of each axis together). */
export const sweepSchema = strictObject({
  mode: z
    .enum(['grid', 'zip'], { error: mustBe('"grid" or "zip"') })
    .default('grid')
    .meta({
      description: 'grid: every combination, first axis outermost; zip: axes of equal length, read together.',
    }),
  axes: z
    .array(axisSchema, { error: mustBe('a list of axes') })
    .min(1, { error: mustBe('a list of at least one axis') }),
});
