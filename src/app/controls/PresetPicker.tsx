// Picks a preset for one parameter group (a GPU model, a network class) from the core's preset list, and shows
// the active preset's name until one of its values is changed.
import { useId } from 'react';
import type { GroupName } from '../../core/params/table';
import { PRESETS } from '../../core/presets/index';
import { useApp } from '../store/StoreContext';
import { targetParams, targetPresetPicker, useParamTarget } from './paramTarget';

/** A select that writes the chosen preset's values into `group`; nothing when the group has no presets. */
export function PresetPicker({ group }: { group: GroupName }) {
  const id = useId();
  const target = useParamTarget();
  const pickPreset = useApp((state) => targetPresetPicker(state, target));
  const values = useApp(
    (state) => (targetParams(state, target) as unknown as Record<string, Record<string, unknown>>)[group],
  );
  const presets = Object.values(PRESETS[group] ?? {});
  if (presets.length === 0) return null;
  // The active preset: the one whose every value the group still holds; none once a value is changed.
  const active = presets.find((preset) =>
    Object.entries(preset.values).every(([name, value]) => values?.[name] === value),
  );
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Preset</label>
      <select
        id={id}
        value={active?.id ?? ''}
        data-active-preset={active?.id ?? ''}
        onChange={(event) => {
          if (event.target.value) pickPreset(group, event.target.value);
        }}
      >
        <option value="">{active ? 'Apply a preset…' : 'Custom (no preset)'}</option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id} title={preset.source} data-citation>
            {preset.label}
          </option>
        ))}
      </select>
    </div>
  );
}
