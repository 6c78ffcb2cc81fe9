// The computation behind one worker request, as a pure function so tests and the main thread can run it
// without a Worker: validate each scenario, run it with the core's scenario runner, optionally check it.
import { checkScenario, parseScenario, runScenario } from '../core/scenario/index';
import type { RunRequest, RunResponse, WorkerResponse } from './protocol';

/** Answers `request`; `nowMs` is a clock for the computeMs figure (performance.now in the worker). */
export function runRequest(request: RunRequest, nowMs: () => number): WorkerResponse {
  const startMs = nowMs();
  const runs: RunResponse['runs'] = [];
  for (const [index, document] of request.scenarios.entries()) {
    const parsed = parseScenario(document);
    if (!parsed.ok) {
      return {
        id: request.id,
        kind: 'error',
        message: `scenario ${index + 1} is invalid`,
        fieldErrors: parsed.errors,
      };
    }
    const result = runScenario(parsed.scenario);
    runs.push({
      scenario: parsed.scenario,
      result,
      outcomes: request.check ? checkScenario(parsed.scenario, result) : [],
    });
  }
  return { id: request.id, kind: 'result', runs, computeMs: nowMs() - startMs };
}
