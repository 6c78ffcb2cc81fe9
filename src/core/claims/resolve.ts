// Turns a claim's configuration into a complete parameter set: table defaults, then the presets in the order
// written, then the params. Records which field set each value, so a cross-field problem names the line to fix.
import { defaultParams, type GroupName, PARAMETER_ROWS, type Params, setParams } from '../params/table';
import { applyPreset } from '../presets/index';
import type { ParamScalar } from '../scenario/paramSchema';
import type { Claim } from './types';

/** The configured parameters of a claim and where each non-default value came from. */
export interface ResolvedClaim {
  params: Params;
  /** Field that set each parameter, e.g. "params.network.rttMs" or 'presets.network ("global")'. */
  origins: Record<string, string>;
}

/** The parameter values the claim states, without undefined entries. */
export function statedValues(claim: Claim): Record<string, ParamScalar> {
  return Object.fromEntries(
    Object.entries(claim.params ?? {}).filter(
      (entry): entry is [string, ParamScalar] => entry[1] !== undefined,
    ),
  );
}

/** Applies a validated claim's presets and params on top of the table defaults. */
export function resolveClaim(claim: Claim): ResolvedClaim {
  let params = defaultParams();
  const origins: Record<string, string> = {};
  for (const [group, presetId] of Object.entries(claim.presets ?? {})) {
    if (presetId === undefined) continue;
    params = applyPreset(params, group as GroupName, presetId);
    for (const row of PARAMETER_ROWS) {
      if (row.group === group) origins[row.path] = `presets.${group} ("${presetId}")`;
    }
  }
  const stated = statedValues(claim);
  for (const path of Object.keys(stated)) origins[path] = `params.${path}`;
  return { params: setParams(params, stated), origins };
}
