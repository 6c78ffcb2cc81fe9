// The computation behind one run request, as a pure function so tests and the main thread can run it without a
// Worker: validate each scenario, run it with the core's scenario runner (or, for a job that reads one analytic
// metric, the core's analytic path alone), optionally check it, and report rows done as it goes.
import { evaluateAnalytic } from '../core/engine/evaluate';
import {
  checkScenario,
  parseScenario,
  resolveRows,
  runScenario,
  type Scenario,
  type ScenarioResult,
} from '../core/scenario/index';
import type { FinalResponse, RunRequest, RunResponse } from './protocol';

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

/** Answers `request`; `nowMs` is a clock for the computeMs figure (performance.now in the worker). */
export function runRequest(
  request: RunRequest,
  nowMs: () => number,
  onProgress: ProgressReporter = () => undefined,
): FinalResponse {
  const startMs = nowMs();
  const scenarios: Scenario[] = [];
  for (const [index, job] of request.jobs.entries()) {
    const parsed = parseScenario(job.document);
    if (!parsed.ok) {
      return {
        id: request.id,
        kind: 'error',
        message: `scenario ${index + 1} is invalid`,
        fieldErrors: parsed.errors,
      };
    }
    scenarios.push(parsed.scenario);
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
