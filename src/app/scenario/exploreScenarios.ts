// Turns the Explore view's state into scenarios (docs/scenario-format.md): one for the current point and one
// for the sweep. Each is built in validated form (typed as the schema's output, which is also a valid
// document), so the worker runs it without the schema; the worker runs them with the core's scenario runner,
// so the browser and the CLI compute the same rows from the same file, and the sweep can be downloaded and
// re-run with the CLI.
import type * as z from 'zod';
import { paramConstraintErrors } from '../../core/params/constraints';
import {
  defaultParams,
  findParam,
  getParam,
  PARAMETER_ROWS,
  type Params,
  setParam,
} from '../../core/params/table';
import type { scenarioSchema } from '../../core/scenario/schema';
import { axisValues } from '../../core/scenario/sweep';
import type { Scenario } from '../../core/scenario/types';
import type { ViewState } from '../viewState';

/** A scenario document as written (before validation fills in defaults). */
export type ScenarioDocument = z.input<typeof scenarioSchema>;

/** Monte Carlo effort per point: enough runs for a stable P10-P90 band while staying interactive. */
export const APP_MONTE_CARLO = { runCount: 40, stepCount: 50 } as const;
/** Points on the sweep chart. */
export const SWEEP_STEP_COUNT = 25;
/**
 * Points of the quick first pass while the input moves: every third point of the full sweep (positions k/8 of
 * the range, which the 25-point grid also has exactly), refined to SWEEP_STEP_COUNT once the input rests.
 */
export const SWEEP_COARSE_STEP_COUNT = 9;

/** Parameter values that differ from the table defaults, by path. */
export function changedParams(params: Params): Record<string, number | string | boolean> {
  const defaults = defaultParams();
  const changed: Record<string, number | string | boolean> = {};
  for (const row of PARAMETER_ROWS) {
    const value = getParam(params, row.path);
    if (value !== undefined && value !== getParam(defaults, row.path)) changed[row.path] = value;
  }
  return changed;
}

type ExploreInputs = Pick<ViewState, 'seed' | 'sweepPath' | 'sweepMetric'> & { params: Params };

const common = (inputs: ExploreInputs, withBands: boolean) => ({
  schemaVersion: 1 as const,
  claim: { text: 'None: an exploration saved from the app.', source: 'DeAI Trade-off Simulator app' },
  seed: inputs.seed,
  params: changedParams(inputs.params),
  ...(withBands ? { monteCarlo: { ...APP_MONTE_CARLO } } : {}),
});

/** The current point alone (one row); without bands, the Monte Carlo runs are left out. */
export function pointScenario(inputs: ExploreInputs, withBands = true): Scenario {
  return {
    ...common(inputs, withBands),
    id: 'explore-point',
    title: 'Current settings',
    description: 'The parameter set shown in the Explore view.',
  };
}

/** The sweep axis over the swept parameter's whole allowed range, spaced as its table row says. */
function fullRangeAxis(inputs: Pick<ExploreInputs, 'sweepPath'>, stepCount: number) {
  const spec = findParam(inputs.sweepPath)?.spec;
  if (spec?.kind !== 'number') return null;
  return {
    path: inputs.sweepPath,
    from: spec.min,
    to: spec.max,
    steps: stepCount,
    scale: spec.scale === 'log' && spec.min > 0 ? ('log' as const) : ('linear' as const),
  };
}

/** Values of the sweep that cross-field rules refuse with the other settings as they are, and the rules. */
export interface SweepExclusion {
  values: number[];
  /** One example message per rule broken (per field the rule names). */
  reasons: string[];
}

/** The full-range axis split into the values the rules allow with the current settings and those they refuse. */
function splitSweep(inputs: Pick<ExploreInputs, 'params' | 'sweepPath'>, stepCount: number) {
  const axis = fullRangeAxis(inputs, stepCount);
  if (!axis) return null;
  const allowed: number[] = [];
  const refused: number[] = [];
  const reasons = new Map<string, string>();
  for (const value of axisValues(axis)) {
    if (typeof value !== 'number') continue;
    const errors = paramConstraintErrors(setParam(inputs.params, inputs.sweepPath, value));
    (errors.length === 0 ? allowed : refused).push(value);
    for (const error of errors) if (!reasons.has(error.path)) reasons.set(error.path, error.message);
  }
  const exclusion: SweepExclusion | null =
    refused.length > 0 ? { values: refused, reasons: [...reasons.values()] } : null;
  return { axis, allowed, exclusion };
}

/**
 * The sweep's values that break a cross-field rule with the current settings (a party count below the
 * collusion threshold, say), or null when every value is allowed. The sweep leaves them out.
 */
export function sweepExclusion(
  inputs: Pick<ExploreInputs, 'params' | 'sweepPath'>,
  stepCount: number = SWEEP_STEP_COUNT,
): SweepExclusion | null {
  return splitSweep(inputs, stepCount)?.exclusion ?? null;
}

/**
 * The sweep of the Explore view: the chosen parameter across its whole allowed range, spaced as its table row
 * says, everything else at the current settings; values that a cross-field rule refuses with those settings are
 * left out (listed by sweepExclusion), so the sweep shows the rest instead of failing.
 */
export function sweepScenario(
  inputs: ExploreInputs,
  withBands = true,
  stepCount: number = SWEEP_STEP_COUNT,
): Scenario {
  const split = splitSweep(inputs, stepCount);
  const axis = !split
    ? { path: inputs.sweepPath, values: [] }
    : split.exclusion
      ? { path: inputs.sweepPath, values: split.allowed }
      : split.axis;
  return {
    ...common(inputs, withBands),
    id: 'explore-sweep',
    title: `Sweep of ${inputs.sweepPath}`,
    description: `${inputs.sweepMetric} as ${inputs.sweepPath} moves across its allowed range, everything else fixed.`,
    sweep: { mode: 'grid', axes: [axis] },
  };
}
