// Runs valid scenarios: the half of a run request that comes after validation. It does not import the scenario
// schema (nor zod), so the worker answers the Explore view's requests, whose scenarios the app built itself,
// without loading and constructing the schema first: on a busy machine that start-up cost delayed the first
// chart. Scenario files and any job given as a document still go through runRequest.ts and the schema.
import { evaluateAnalytic } from '../core/engine/evaluate';
import type { FieldError } from '../core/params/constraints';
import { isAllowedValue } from '../core/params/spec';
import { findParam } from '../core/params/table';
import { checkScenario } from '../core/scenario/check';
import type { ParseOutcome } from '../core/scenario/parse';
import { resolveRows } from '../core/scenario/resolve';
import { rowConstraintErrors } from '../core/scenario/rowConstraints';
import { runScenario } from '../core/scenario/run';
import { axisValues } from '../core/scenario/sweep';
import type { Scenario, ScenarioResult } from '../core/scenario/types';
import type { FinalResponse, RunRequest, RunResponse, ScenarioJob } from './protocol';

/** Called after each row with the rows done and the total over the whole request. */
export type ProgressReporter = (done: number, total: number) => void;

/**
 * The rows of `scenario` from the analytic path alone, or null when that path does not report `metric` or the
 * scenario asks for Monte Carlo (then the full runner is needed). Values equal runScenario's for `metric`.
 */
export function runAnalyticOnly(
  scenario: Scenario,
  metric: string,
  onRow: () => void = () => undefined,
): ScenarioResult | null {
  if ((scenario.monteCarlo?.runCount ?? 0) > 0) return null;
  const resolved = resolveRows(scenario);
  const first = resolved[0];
  if (!first) return null;
  const firstResult = evaluateAnalytic(first.params).result;
  if (firstResult.metrics[metric] === undefined) return null;
  const rows = resolved.map((row, index) => {
    const result = index === 0 ? firstResult : evaluateAnalytic(row.params).result;
    onRow();
    return { variant: row.variant, point: row.point, params: row.params, result };
  });
  return { scenarioId: scenario.id, seed: scenario.seed, rows };
}

/** Parameter paths and values of a built scenario that the parameter table does not allow. */
function parameterErrors(scenario: Scenario): FieldError[] {
  const errors: FieldError[] = [];
  for (const [path, value] of Object.entries(scenario.params ?? {})) {
    const row = findParam(path);
    if (!row) errors.push({ path: `params.${path}`, message: 'unknown parameter' });
    else if (!isAllowedValue(row.spec, value))
      errors.push({ path: `params.${path}`, message: `${JSON.stringify(value)} is outside what it allows` });
  }
  for (const [index, axis] of (scenario.sweep?.axes ?? []).entries()) {
    const spec = findParam(axis.path)?.spec;
    const values = axisValues(axis);
    if (!spec) errors.push({ path: `sweep.axes[${index}].path`, message: 'unknown parameter' });
    else if (values.length === 0 || !values.every((value) => isAllowedValue(spec, value)))
      errors.push({ path: `sweep.axes[${index}]`, message: 'values outside what the parameter allows' });
  }
  return errors;
}

/**
 * A scenario the app built from its own state: its parameter paths and values are checked against the table
 * (a zod-free form of the schema's rule), then the cross-field rules of every row, as parseScenario does.
 */
export function checkBuiltScenario(scenario: Scenario): ParseOutcome {
  const parameters = parameterErrors(scenario);
  if (parameters.length > 0) return { ok: false, errors: parameters };
  const errors = rowConstraintErrors(scenario);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario };
}

/** Whether every job of `request` is a built scenario (so the schema is not needed to answer it). */
export function isBuiltRequest(request: RunRequest): boolean {
  return request.jobs.every((job) => 'scenario' in job);
}

/** Validates each job with `validate`, then runs them all; the first invalid job answers with its errors. */
export function answerRun(
  request: RunRequest,
  validate: (job: ScenarioJob) => ParseOutcome,
  nowMs: () => number,
  onProgress: ProgressReporter = () => undefined,
): FinalResponse {
  const startMs = nowMs();
  const scenarios: Scenario[] = [];
  for (const [index, job] of request.jobs.entries()) {
    const validated = validate(job);
    if (!validated.ok) {
      return {
        id: request.id,
        kind: 'error',
        message: `scenario ${index + 1} is invalid`,
        fieldErrors: validated.errors,
      };
    }
    scenarios.push(validated.scenario);
  }
  const total = scenarios.reduce((sum, scenario) => sum + resolveRows(scenario).length, 0);
  let done = 0;
  const onRow = () => {
    done += 1;
    onProgress(done, total);
  };
  const runs: RunResponse['runs'] = scenarios.map((scenario, index) => {
    const metric = request.jobs[index]?.onlyMetric;
    const result =
      (metric === undefined ? null : runAnalyticOnly(scenario, metric, onRow)) ??
      runScenario(scenario, { onRow });
    return { scenario, result, outcomes: request.check ? checkScenario(scenario, result) : [] };
  });
  return { id: request.id, kind: 'result', runs, computeMs: nowMs() - startMs };
}

/** Answers a request whose jobs are all built scenarios (see isBuiltRequest). */
export function runBuiltRequest(
  request: RunRequest,
  nowMs: () => number,
  onProgress?: ProgressReporter,
): FinalResponse {
  const validate = (job: ScenarioJob): ParseOutcome =>
    'scenario' in job
      ? checkBuiltScenario(job.scenario)
      : { ok: false, errors: [{ path: '', message: 'a scenario document needs the schema (runRequest)' }] };
  return answerRun(request, validate, nowMs, onProgress);
}
