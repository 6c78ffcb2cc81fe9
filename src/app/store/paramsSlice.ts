// Store slice holding the model inputs. Every change goes through the core's pure setters; the slice only
// keeps the returned value. Bulk changes (a preset, Reset, an imported configuration) leave the parameters a
// facilitator locked or hid alone and say so.
import type { StateCreator } from 'zustand';
import { defaultParams, type GroupName, type Params, setParam } from '../../core/params/table';
import { applyPreset, PRESETS } from '../../core/presets/index';
import { fixedPaths, keepFixed, keptNotice } from '../workshop/fixedValues';
import type { AppState } from './store';

/** The current parameter set and its updaters. */
export interface ParamsSlice {
  params: Params;
  /** What Reset goes back to: the values the page's link gave (the defaults without a link). */
  baseline: Params;
  /** Sets one parameter (the value must already be valid for its row). */
  setValue: (path: string, value: number | string | boolean) => void;
  /** Writes a preset's values into its group, except into locked or hidden parameters. */
  pickPreset: (group: GroupName, presetId: string) => void;
  /** Replaces the whole parameter set (loading a link: the link decides every value). */
  replaceParams: (params: Params) => void;
  /**
   * Replaces the parameter set from a file, a saved configuration or a scenario, keeping fixed values. Returns
   * the notice naming what was kept ("" when nothing was), or null when it was refused.
   */
  importParams: (params: Params, what: string) => string | null;
  /** Back to the baseline, keeping locked and hidden values. */
  resetParams: () => void;
  setBaseline: (params: Params) => void;
}

/** Creates the params slice. */
export const createParamsSlice: StateCreator<AppState, [], [], ParamsSlice> = (set, get) => {
  /** Applies `next` but for the fixed parameters, with a notice naming what was kept or why it was refused. */
  const bulkChange = (next: Params, what: string): string | null => {
    const state = get();
    const bound = keepFixed(state.params, next, fixedPaths(state));
    if (!bound.ok) {
      state.showNotice(`${what} was not applied: ${bound.message}.`);
      return null;
    }
    set({ params: bound.params });
    const notice = keptNotice(what, bound.kept);
    if (notice) state.showNotice(notice);
    return notice;
  };
  return {
    params: defaultParams(),
    baseline: defaultParams(),
    setValue: (path, value) => set((state) => ({ params: setParam(state.params, path, value) })),
    pickPreset: (group, presetId) => {
      const label = PRESETS[group]?.[presetId]?.label ?? presetId;
      bulkChange(applyPreset(get().params, group, presetId), `The preset “${label}”`);
    },
    replaceParams: (params) => set({ params }),
    importParams: (params, what) => bulkChange(params, what),
    resetParams: () => {
      bulkChange(get().baseline, 'Reset');
    },
    setBaseline: (baseline) => set({ baseline }),
  };
};
