// Validates a scenario at the edge: the schema (types, ranges, unknown fields), then cross-references
// (ids, axes, selectors, metrics), then the table's cross-field rules on every resolved row.
import type { FieldError } from '../params/constraints';
import { fieldErrorsFromIssues } from './issues';
import { locateJsonProblem } from './jsonLocation';
import { referenceErrors } from './references';
import { rowConstraintErrors } from './rowConstraints';
import { scenarioSchema } from './schema';
import type { Scenario } from './types';

/** The outcome of parsing: a valid scenario, or every problem found at the first stage that failed. */
export type ParseOutcome = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

/** Validates parsed JSON as a scenario; errors name the field path and what is allowed. */
export function parseScenario(json: unknown): ParseOutcome {
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  const scenario = parsed.data;
  const references = referenceErrors(scenario);
  if (references.length > 0) return { ok: false, errors: references };
  const constraints = rowConstraintErrors(scenario);
  if (constraints.length > 0) return { ok: false, errors: constraints };
  return { ok: true, scenario };
}

/** Parses scenario text; broken JSON gives one error naming the line and column. */
export function parseScenarioText(text: string): ParseOutcome {
  const withoutMark = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(withoutMark);
  } catch (error) {
    const problem = locateJsonProblem(withoutMark);
    const reason = problem?.reason ?? (error instanceof Error ? error.message : 'not valid JSON');
    const path = problem ? `line ${problem.line}, column ${problem.column}` : '(top level)';
    return { ok: false, errors: [{ path, message: `not valid JSON: ${reason}` }] };
  }
  return parseScenario(json);
}
