// All presets by parameter group, and applying one to a parameter set.
import { LEDGER_PRESETS } from '../ledger/presets';
import type { GroupName, Params } from '../params/table';
import { HARDWARE_PRESETS } from './hardware';
import { MODEL_PRESETS } from './model';
import { NETWORK_PRESETS } from './network';
import type { Preset } from './types';

/** Presets per parameter group; a preset sets some of its group's values. */
export const PRESETS: Partial<
  Record<GroupName, Record<string, Preset<Record<string, number | string | boolean>>>>
> = {
  model: MODEL_PRESETS,
  hardware: HARDWARE_PRESETS,
  network: NETWORK_PRESETS,
  ledger: LEDGER_PRESETS,
};

/** Returns a copy of params with the named preset's values written into its group. Throws on unknown names. */
export function applyPreset(params: Params, group: GroupName, presetId: string): Params {
  const preset = PRESETS[group]?.[presetId];
  if (!preset) {
    const known = Object.keys(PRESETS[group] ?? {}).join(', ') || 'none';
    throw new Error(`Unknown ${group} preset "${presetId}" (known: ${known})`);
  }
  const groups = params as unknown as Record<string, Record<string, unknown>>;
  return { ...params, [group]: { ...groups[group], ...preset.values } } as Params;
}
