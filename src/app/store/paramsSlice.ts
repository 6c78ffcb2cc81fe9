// Store slice holding the model inputs. Every change goes through the core's pure setters; the slice only
// keeps the returned value.
import type { StateCreator } from 'zustand';
import { defaultParams, type GroupName, type Params, setParam } from '../../core/params/table';
import { applyPreset } from '../../core/presets/index';

/** The current parameter set and its updaters. */
export interface ParamsSlice {
  params: Params;
  /** Sets one parameter (the value must already be valid for its row). */
  setValue: (path: string, value: number | string | boolean) => void;
  /** Writes a preset's values into its group. */
  pickPreset: (group: GroupName, presetId: string) => void;
  /** Replaces the whole parameter set (loading a link or a saved state). */
  replaceParams: (params: Params) => void;
  /** Back to the table's defaults. */
  resetParams: () => void;
}

/** Creates the params slice. */
export const createParamsSlice: StateCreator<ParamsSlice, [], [], ParamsSlice> = (set) => ({
  params: defaultParams(),
  setValue: (path, value) => set((state) => ({ params: setParam(state.params, path, value) })),
  pickPreset: (group, presetId) => set((state) => ({ params: applyPreset(state.params, group, presetId) })),
  replaceParams: (params) => set({ params }),
  resetParams: () => set({ params: defaultParams() }),
});
