// A scenario's base configuration: its presets and params (and any overrides), without variants or sweep.
// What the app loads when it opens a scenario file into Explore, and what `sim techniques` maps.
import type { Params } from '../params/table';
import type { ParamScalar } from './paramSchema';
import { resolveRows } from './resolve';
import type { Scenario } from './types';

/** The params of `scenario`'s base configuration (a validated scenario always has one). */
export function baseParams(
  scenario: Scenario,
  overrides: Readonly<Record<string, ParamScalar>> = {},
): Params {
  const row = resolveRows({ ...scenario, sweep: undefined, variants: undefined }, overrides)[0];
  if (!row) throw new Error(`scenario "${scenario.id}" resolved to no rows`);
  return row.params;
}
