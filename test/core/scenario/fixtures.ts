// Small builders for scenario tests: a minimal valid scenario file and hand-made results, so assertion logic
// can be tested without depending on the model's numbers.
import type { Band, PointResult } from '../../../src/core/engine/types';
import { defaultParams } from '../../../src/core/params/table';
import type { ParamScalar, ScenarioResult, ScenarioRow } from '../../../src/core/scenario/types';

/** The smallest valid scenario file, with extra fields merged in. */
export function minimalScenario(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'test-scenario',
    title: 'Test',
    description: 'A scenario for tests.',
    claim: { text: 'A claim', source: 'A source' },
    ...extra,
  };
}

/** A point result with the given metrics and bands. */
export function pointResult(metrics: Record<string, number>, bands: Record<string, Band> = {}): PointResult {
  return { metrics, bands, labels: {}, terms: [], warnings: [], feasible: true, infeasibleReasons: [] };
}

/** A row of a hand-made result. */
export function row(
  variant: string,
  point: Record<string, ParamScalar>,
  metrics: Record<string, number>,
  bands: Record<string, Band> = {},
): ScenarioRow {
  return { variant, point, params: defaultParams(), result: pointResult(metrics, bands) };
}

/** A hand-made result. */
export function result(rows: ScenarioRow[]): ScenarioResult {
  return { scenarioId: 'test-scenario', seed: 'seed', rows };
}
