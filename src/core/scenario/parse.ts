// Validates a scenario at the edge: the schema (types, ranges, unknown fields), then the work budget (rows and
// Monte Carlo steps, before anything expands the rows), then cross-references
// (ids, axes, selectors, metrics), then the table's cross-field rules on every resolved row.
import type { FieldError } from '../params/constraints';
import { fieldErrorsFromIssues } from './issues';
import { parseJsonText } from './jsonLocation';
import { workBudgetErrors } from './limits';
import { referenceErrors } from './references';
import { rowConstraintErrors } from './rowConstraints';
import { scenarioSchema } from './schema';
import { sweepPointCount } from './sweep';
import type { Scenario } from './types';

/** The outcome of parsing: a valid scenario, or every problem found at the first stage that failed. */
export type ParseOutcome = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

/** Rows and Monte Carlo work of a scenario against the job limits (limits.ts). */
export function scenarioBudgetErrors(scenario: Scenario): FieldError[] {
  const rowCount = sweepPointCount(scenario.sweep) * (scenario.variants?.length ?? 1);
  const monteCarlo = scenario.monteCarlo;
  return workBudgetErrors(rowCount, monteCarlo?.runCount ?? 0, monteCarlo?.stepCount ?? 0);
}

/** Validates parsed JSON as a scenario; errors name the field path and what is allowed. */
export function parseScenario(json: unknown): ParseOutcome {
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  const scenario = parsed.data;
  const budget = scenarioBudgetErrors(scenario);
  if (budget.length > 0) return { ok: false, errors: budget };
  const references = referenceErrors(scenario);
  if (references.length > 0) return { ok: false, errors: references };
  const constraints = rowConstraintErrors(scenario);
  if (constraints.length > 0) return { ok: false, errors: constraints };
  return { ok: true, scenario };
}

/** Parses scenario text; broken JSON gives one error naming the line and column. */
export function parseScenarioText(text: string): ParseOutcome {
  return parseJsonText(text, parseScenario, (errors): ParseOutcome => ({ ok: false, errors }));
}
