// Store slice of the Technique map view: the latest map the worker computed and the params it is for.
import type { StateCreator } from 'zustand';
import type { Params } from '../../core/params/table';
import type { TechniqueMap } from '../../core/techniqueMap/techniqueMap';

/** A computed map and the params it was computed for. */
export interface TechniqueMapResult {
  params: Params;
  map: TechniqueMap;
}

/** Technique-map state and its updaters. */
export interface TechniqueSlice {
  techniqueResult: TechniqueMapResult | null;
  techniqueError: string | null;
  storeTechniqueMap: (result: TechniqueMapResult) => void;
  storeTechniqueError: (message: string) => void;
}

/** Creates the technique-map slice. */
export const createTechniqueSlice: StateCreator<TechniqueSlice, [], [], TechniqueSlice> = (set) => ({
  techniqueResult: null,
  techniqueError: null,
  storeTechniqueMap: (techniqueResult) => set({ techniqueResult, techniqueError: null }),
  storeTechniqueError: (techniqueError) => set({ techniqueError }),
});
