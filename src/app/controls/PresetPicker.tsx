// Picks a preset for one parameter group (a GPU model, a network class) from the core's preset list.
import { useId } from 'react';
import type { GroupName } from '../../core/params/table';
import { PRESETS } from '../../core/presets/index';
import { useApp } from '../store/StoreContext';
import { targetPresetPicker, useParamTarget } from './paramTarget';

/** A select that writes the chosen preset's values into `group`; nothing when the group has no presets. */
export function PresetPicker({ group }: { group: GroupName }) {
  const id = useId();
  const target = useParamTarget();
  const pickPreset = useApp((state) => targetPresetPicker(state, target));
  const presets = Object.values(PRESETS[group] ?? {});
  if (presets.length === 0) return null;
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Preset</label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          if (event.target.value) pickPreset(group, event.target.value);
        }}
      >
        <option value="">Apply a preset…</option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id} title={preset.source} data-citation>
            {preset.label}
          </option>
        ))}
      </select>
    </div>
  );
}
