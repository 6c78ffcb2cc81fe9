// The types of a parsed scenario and of its results.
import type * as z from 'zod';
import type { PointResult } from '../engine/types';
import type { Params } from '../params/table';
import type { assertionSchema, whereSchema } from './assertionSchema';
import type { ParamScalar } from './paramSchema';
import type { scenarioSchema } from './schema';

export type { ParamScalar } from './paramSchema';

/** A validated scenario (defaults filled in: seed "seed", sweep mode "grid", Monte Carlo stepCount 100). */
export type Scenario = z.infer<typeof scenarioSchema>;

/** One assertion of `expect`. */
export type Assertion = z.infer<typeof assertionSchema>;

/** A row selector of an assertion. */
export type Where = z.infer<typeof whereSchema>;

/** One variant times one sweep point, evaluated. */
export interface ScenarioRow {
  /** Variant id ("base" when the scenario has no variants). */
  variant: string;
  /** The sweep values of this row, by parameter path (empty without a sweep). */
  point: Record<string, ParamScalar>;
  /** The complete parameter set evaluated. */
  params: Params;
  result: PointResult;
}

/** Every row of a scenario run, variants outer and sweep points inner. */
export interface ScenarioResult {
  scenarioId: string;
  seed: string;
  rows: ScenarioRow[];
}
