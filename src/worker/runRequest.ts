// The computation behind one run request, as a pure function so tests and the main thread can run it without a
// Worker: validate each scenario document with the same schema as scenario files and the CLI (built scenarios
// get their cross-field check), then run them with the core's scenario runner (runScenarios.ts).
import { parseScenario } from '../core/scenario/parse';
import type { FinalResponse, RunRequest } from './protocol';
import { answerRun, checkBuiltScenario, type ProgressReporter } from './runScenarios';

export type { ProgressReporter } from './runScenarios';

/** Answers `request`; `nowMs` is a clock for the computeMs figure (performance.now in the worker). */
export function runRequest(
  request: RunRequest,
  nowMs: () => number,
  onProgress: ProgressReporter = () => undefined,
): FinalResponse {
  return answerRun(
    request,
    (job) => ('scenario' in job ? checkBuiltScenario(job.scenario) : parseScenario(job.document)),
    nowMs,
    onProgress,
  );
}
