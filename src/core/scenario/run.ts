// Runs a scenario: every row (variant x sweep point) is evaluated with its own Monte Carlo seed, derived from
// the scenario seed, the variant id and the point index, so results do not depend on order or worker count.
import { evaluatePoint } from '../engine/evaluate';
import { deriveSeed } from '../random/rng';
import type { ParamScalar } from './paramSchema';
import { resolveRows } from './resolve';
import type { Scenario, ScenarioResult, ScenarioRow } from './types';

/** How to run a scenario. */
export interface RunOptions {
  /** Values applied after the scenario's params and before its variants (CLI --set); validate them first. */
  overrides?: Readonly<Record<string, ParamScalar>>;
  /** Replaces the scenario's seed. */
  seed?: string;
  /** Called after each row with the rows done and the total. */
  onRow?: (done: number, total: number) => void;
}

/** The Monte Carlo seed of one row. */
export function rowSeed(seed: string, variantId: string, pointIndex: number): string {
  return deriveSeed(seed, variantId, pointIndex);
}

/** Evaluates every row of a validated scenario, variants outer and sweep points inner. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioResult {
  const seed = options.seed ?? scenario.seed;
  const resolved = resolveRows(scenario, options.overrides ?? {});
  const runCount = scenario.monteCarlo?.runCount ?? 0;
  const stepCount = scenario.monteCarlo?.stepCount ?? 0;
  const rows = resolved.map((row, index): ScenarioRow => {
    const result = evaluatePoint(row.params, {
      seed: rowSeed(seed, row.variant, row.pointIndex),
      runCount,
      stepCount,
    });
    options.onRow?.(index + 1, resolved.length);
    return { variant: row.variant, point: row.point, params: row.params, result };
  });
  return { scenarioId: scenario.id, seed, rows };
}
