// Store slice of the Compare view: configuration B (A is the Explore view's params) and B's latest results.
// Every change goes through the core's pure setters, as for A.
import type { StateCreator } from 'zustand';
import type { PointResult } from '../../core/engine/types';
import { type GroupName, type Params, setParam } from '../../core/params/table';
import { applyPreset } from '../../core/presets/index';
import type { SweepPoint } from './resultsSlice';

/** What the worker last computed for configuration B. */
export interface CompareResult {
  /** The params these results are for. */
  params: Params;
  point: PointResult;
  /** B's sweep along the Explore view's swept parameter (expected values). */
  sweepPath: string;
  sweepPoints: SweepPoint[];
}

/** Configuration B and its results. */
export interface CompareSlice {
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
export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = (set) => ({
  paramsB: null,
  compareResult: null,
  compareError: null,
  setValueB: (path, value) =>
    set((state) => (state.paramsB ? { paramsB: setParam(state.paramsB, path, value) } : {})),
  pickPresetB: (group, presetId) =>
    set((state) => (state.paramsB ? { paramsB: applyPreset(state.paramsB, group, presetId) } : {})),
  replaceParamsB: (paramsB) => set({ paramsB }),
  storeCompareResult: (compareResult) => set({ compareResult, compareError: null }),
  storeCompareError: (compareError) => set({ compareError }),
});
