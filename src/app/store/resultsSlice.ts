// Store slice holding what the worker last computed. The compute scheduler writes it; components read it.
import type { StateCreator } from 'zustand';
import type { PointResult } from '../../core/engine/types';
import type { Params } from '../../core/params/table';
import type { ScenarioResult } from '../../core/scenario/index';

/** One evaluated sweep point: the swept parameter's value (in its unit) and the result there. */
export interface SweepPoint {
  value: number;
  result: PointResult;
}

/**
 * Where the latest computation stands: "refining" means expected values are shown and bands are coming;
 * "partial" means expected values are shown and the user stopped the bands.
 */
export type ComputeStatus = 'idle' | 'computing' | 'refining' | 'ready' | 'partial' | 'error';

/** The latest results. */
export interface ResultsSlice {
  status: ComputeStatus;
  point: PointResult | null;
  /** The params the latest results were computed for. */
  computedParams: Params | null;
  /** The parameter the latest sweep varied. */
  computedSweepPath: string | null;
  sweepPoints: SweepPoint[];
  /** The sweep as the core's runner returns it, once the complete (Monte Carlo) pass is in; for CSV export. */
  sweepRun: ScenarioResult | null;
  /** performance.now() on the main thread when the input behind these results changed. */
  requestedAtMs: number;
  /** Time the worker spent on the latest results, milliseconds. */
  computeMs: number;
  errorMessage: string | null;
  markComputing: () => void;
  /** The bands were stopped: the expected values on screen stay. */
  markPartial: () => void;
  storeResults: (results: {
    point: PointResult;
    computedParams: Params;
    computedSweepPath: string;
    sweepPoints: SweepPoint[];
    requestedAtMs: number;
    computeMs: number;
    sweepRun: ScenarioResult | null;
    /** False for expected values alone, true once the Monte Carlo bands are in. */
    complete: boolean;
  }) => void;
  storeError: (message: string) => void;
}

/** Creates the results slice. */
export const createResultsSlice: StateCreator<ResultsSlice, [], [], ResultsSlice> = (set) => ({
  status: 'idle',
  point: null,
  computedParams: null,
  computedSweepPath: null,
  sweepPoints: [],
  sweepRun: null,
  requestedAtMs: 0,
  computeMs: 0,
  errorMessage: null,
  markComputing: () => set({ status: 'computing' }),
  markPartial: () => set((state) => (state.status === 'refining' ? { status: 'partial' } : {})),
  storeResults: ({ complete, ...results }) =>
    set({ ...results, status: complete ? 'ready' : 'refining', errorMessage: null }),
  storeError: (errorMessage) => set({ status: 'error', errorMessage }),
});
