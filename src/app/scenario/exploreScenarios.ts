// Turns the Explore view's state into scenarios (docs/scenario-format.md): one for the current point and one
// for the sweep. Each is built in validated form (typed as the schema's output, which is also a valid
// document), so the worker runs it without the schema; the worker runs them with the core's scenario runner,
// so the browser and the CLI compute the same rows from the same file, and the sweep can be downloaded and
// re-run with the CLI.
import type { z } from 'zod';
import { defaultParams, findParam, getParam, PARAMETER_ROWS, type Params } from '../../core/params/table';
import type { scenarioSchema } from '../../core/scenario/schema';
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

/**
 * The sweep of the Explore view: the chosen parameter across its whole allowed range, spaced as its table row
 * says, everything else at the current settings.
 */
export function sweepScenario(
  inputs: ExploreInputs,
  withBands = true,
  stepCount: number = SWEEP_STEP_COUNT,
): Scenario {
  const spec = findParam(inputs.sweepPath)?.spec;
  const axis =
    spec?.kind === 'number'
      ? {
          path: inputs.sweepPath,
          from: spec.min,
          to: spec.max,
          steps: stepCount,
          scale: spec.scale === 'log' && spec.min > 0 ? ('log' as const) : ('linear' as const),
        }
      : { path: inputs.sweepPath, values: [] };
  return {
    ...common(inputs, withBands),
    id: 'explore-sweep',
    title: `Sweep of ${inputs.sweepPath}`,
    description: `${inputs.sweepMetric} as ${inputs.sweepPath} moves across its allowed range, everything else fixed.`,
    sweep: { mode: 'grid', axes: [axis] },
  };
}
