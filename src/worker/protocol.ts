// Messages between the app and the simulation worker: jobs in (scenarios as plain JSON, validated in the worker
// with the same schema as scenario files and the CLI, or built by the app in validated form; the synergy matrix;
// a claim file's text), results, progress and errors out. Serialisable data only.
import type { Claim, ClaimReport } from '../core/claims/index';
import type { StepWhy } from '../core/claims/why';
import type { MatrixResult, MatrixThresholds } from '../core/matrix/index';
import type { FieldError } from '../core/params/constraints';
import type { Params } from '../core/params/table';
import type { AssertionOutcome, Scenario, ScenarioResult } from '../core/scenario/index';
import type { TechniqueMap } from '../core/techniqueMap/techniqueMap';

/** One scenario to run: a document to validate, or a scenario the app built itself. */
export type ScenarioJob = (
  | {
      /** A scenario document (docs/scenario-format.md), not yet validated. */
      document: unknown;
    }
  | {
      /**
       * A scenario built by the app from its own state (the Explore view's), already in validated form: every
       * value was checked with the parameter schema when it entered the app. The worker checks the cross-field
       * rules of each row and runs it without loading the scenario schema.
       */
      scenario: Scenario;
    }
) & {
  /**
   * The only metric the caller reads from the rows. When the scenario runs no Monte Carlo and the core's
   * analytic path reports this metric, rows are evaluated with that path alone: the same value, without the
   * datacentre reference and trilemma counterfactuals evaluatePoint adds (a sweep's chart needs neither).
   */
  onlyMetric?: string;
};

/** Run these scenarios, in order; `check` also evaluates their `expect` assertions. */
export interface RunRequest {
  id: number;
  kind: 'run';
  jobs: ScenarioJob[];
  check: boolean;
}

/** Compute the synergy matrix (every cell with its robustness) under these thresholds. */
export interface MatrixRequest {
  id: number;
  kind: 'matrix';
  thresholds: MatrixThresholds;
}

/** Check a claim file (docs/claims.md); `seed` and `runCount` replace the file's own when given. */
export interface ClaimRequest {
  id: number;
  kind: 'claim';
  /** The claim file's text, not yet validated. */
  text: string;
  seed?: string;
  runCount?: number;
}

/** Evaluate every privacy x verification combination for the job and network of `params` (already valid). */
export interface TechniquesRequest {
  id: number;
  kind: 'techniques';
  params: Params;
}

/** Anything the app asks the worker. */
export type WorkerRequest = RunRequest | MatrixRequest | ClaimRequest | TechniquesRequest;

/** One scenario's results and, when asked, its assertion outcomes. */
export interface ScenarioRun {
  /** The scenario as validated (defaults filled in). */
  scenario: Scenario;
  result: ScenarioResult;
  outcomes: AssertionOutcome[];
}

/** A finished run request: one run per job, in request order. */
export interface RunResponse {
  id: number;
  kind: 'result';
  runs: ScenarioRun[];
  /** Wall-clock time the computation took inside the worker, milliseconds. */
  computeMs: number;
}

/** A computed synergy matrix. */
export interface MatrixResponse {
  id: number;
  kind: 'matrix';
  result: MatrixResult;
  computeMs: number;
}

/** A checked claim: the validated file and the report. */
export interface ClaimResponse {
  id: number;
  kind: 'claim';
  claim: Claim;
  report: ClaimReport;
  /** Where each uncertain input's range comes from (the plausible-range table's or the file's source), by path. */
  inputSources: Record<string, string>;
  /** The step at the claim's central values and the term that takes most of it. */
  why: StepWhy;
  computeMs: number;
}

/** The technique map of the requested params. */
export interface TechniquesResponse {
  id: number;
  kind: 'techniques';
  map: TechniqueMap;
  computeMs: number;
}

/** Work done so far on a request (rows, cells); `total` 0 means the amount is not known. */
export interface ProgressMessage {
  id: number;
  kind: 'progress';
  done: number;
  total: number;
}

/** A request that failed: an input was invalid (fieldErrors) or the engine threw (message). */
export interface ErrorResponse {
  id: number;
  kind: 'error';
  message: string;
  fieldErrors: FieldError[];
}

/** The final answer to a request. */
export type FinalResponse = RunResponse | MatrixResponse | ClaimResponse | TechniquesResponse | ErrorResponse;

/** Anything the worker posts back. */
export type WorkerResponse = FinalResponse | ProgressMessage;

/** A request before a client numbers it. */
export type PendingRequest =
  | Omit<RunRequest, 'id'>
  | Omit<MatrixRequest, 'id'>
  | Omit<ClaimRequest, 'id'>
  | Omit<TechniquesRequest, 'id'>;
