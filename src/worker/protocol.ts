// Messages between the app and the simulation worker: scenarios in (as plain JSON, validated in the worker
// with the same schema as scenario files and the CLI), scenario results out. Serialisable data only.
import type { FieldError } from '../core/params/constraints';
import type { AssertionOutcome, Scenario, ScenarioResult } from '../core/scenario/index';

/** Run these scenarios, in order; `check` also evaluates their `expect` assertions. */
export interface RunRequest {
  id: number;
  /** Scenario documents (docs/scenario-format.md), not yet validated. */
  scenarios: unknown[];
  check: boolean;
}

/** One scenario's results and, when asked, its assertion outcomes. */
export interface ScenarioRun {
  /** The scenario as validated (defaults filled in). */
  scenario: Scenario;
  result: ScenarioResult;
  outcomes: AssertionOutcome[];
}

/** A finished request: one run per scenario, in request order. */
export interface RunResponse {
  id: number;
  kind: 'result';
  runs: ScenarioRun[];
  /** Wall-clock time the computation took inside the worker, milliseconds. */
  computeMs: number;
}

/** A request that failed: a scenario was invalid (fieldErrors) or the engine threw (message). */
export interface ErrorResponse {
  id: number;
  kind: 'error';
  message: string;
  fieldErrors: FieldError[];
}

/** Anything the worker posts back. */
export type WorkerResponse = RunResponse | ErrorResponse;
