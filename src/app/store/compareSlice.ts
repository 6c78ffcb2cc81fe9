// Store slice of the Compare view: configuration B (A is the Explore view's params) and B's latest results.
// Every change goes through the core's pure setters, as for A.
import type { StateCreator } from 'zustand';
import type { PointResult } from '../../core/engine/types';
import { type GroupName, type Params, setParam } from '../../core/params/table';
import { applyPreset } from '../../core/presets/index';
import { fixedPaths, keepFixed, keptNotice } from '../workshop/fixedValues';
import type { SweepPoint } from './resultsSlice';
import type { AppState } from './store';

/** What the worker last computed for configuration B. */
export interface CompareResult {
  /** The params these results are for. */
  params: Params;
  point: PointResult;
  /** B's sweep along the Explore view's swept parameter (expected values). */
  sweepPath: string;
  sweepPoints: SweepPoint[];
}

/** At most this many configurations besides A and B are kept for comparison (C and D; a link's C: and D: keys). */
export const MAX_KEPT_CONFIGS = 2;

/** Configuration B and its results. */
export interface CompareSlice {
  /** Configurations kept from B for comparison (C, D); in the link with B. */
  keptConfigs: Params[];
  /** Replaces the kept configurations (a link, a saved configuration). */
  replaceKeptConfigs: (configs: Params[]) => void;
  /** Results of the kept configurations, in order, for the params they were computed for. */
  keptResults: CompareResult[];
  /** Keeps a copy of B as the next configuration (C, then D), when there is room. */
  keepB: () => void;
  /** Drops the kept configuration at `index`. */
  removeKept: (index: number) => void;
  storeKeptResults: (results: CompareResult[]) => void;
  /** Configuration B, or null before the user makes one. */
  paramsB: Params | null;
  compareResult: CompareResult | null;
  compareError: string | null;
  setValueB: (path: string, value: number | string | boolean) => void;
  pickPresetB: (group: GroupName, presetId: string) => void;
  /** Replaces configuration B (a copy of A, a saved configuration, a link); null removes it. */
  replaceParamsB: (params: Params | null) => void;
  storeCompareResult: (result: CompareResult) => void;
  storeCompareError: (message: string) => void;
}

/** Creates the compare slice. */
export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => ({
  paramsB: null,
  keptConfigs: [],
  keptResults: [],
  keepB: () =>
    set((state) =>
      state.paramsB && state.keptConfigs.length < MAX_KEPT_CONFIGS
        ? { keptConfigs: [...state.keptConfigs, state.paramsB] }
        : {},
    ),
  replaceKeptConfigs: (configs) => set({ keptConfigs: configs.slice(0, MAX_KEPT_CONFIGS) }),
  removeKept: (index) =>
    set((state) => ({ keptConfigs: state.keptConfigs.filter((_, position) => position !== index) })),
  storeKeptResults: (keptResults) => set({ keptResults }),
  compareResult: null,
  compareError: null,
  setValueB: (path, value) =>
    set((state) => (state.paramsB ? { paramsB: setParam(state.paramsB, path, value) } : {})),
  pickPresetB: (group, presetId) => {
    const state = get();
    if (!state.paramsB) return;
    // Locked and hidden parameters keep their values in B too.
    const bound = keepFixed(state.paramsB, applyPreset(state.paramsB, group, presetId), fixedPaths(state));
    if (!bound.ok) {
      state.showNotice(`The preset was not applied to B: ${bound.message}.`);
      return;
    }
    set({ paramsB: bound.params });
    const notice = keptNotice('The preset', bound.kept);
    if (notice) state.showNotice(notice);
  },
  replaceParamsB: (paramsB) => set({ paramsB }),
  storeCompareResult: (compareResult) => set({ compareResult, compareError: null }),
  storeCompareError: (compareError) => set({ compareError }),
});
