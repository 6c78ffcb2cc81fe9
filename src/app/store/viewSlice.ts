// Store slice for what the user is looking at: the view, the sweep axis and metric, the seed, and the
// workshop settings (controls a facilitator hid or locked).
import type { StateCreator } from 'zustand';
import { DEFAULT_VIEW_STATE, type ViewName, type ViewState } from '../viewState';

/** View settings and their updaters. */
export interface ViewSlice extends ViewState {
  /** Facilitator mode shows hide and lock buttons on every control (not saved in links). */
  facilitator: boolean;
  setFacilitator: (on: boolean) => void;
  setView: (view: ViewName) => void;
  setSweepPath: (path: string) => void;
  setSweepMetric: (metric: string) => void;
  setSeed: (seed: string) => void;
  /** Opens a bundled scenario in the Scenarios view ("" closes it). */
  setScenarioId: (scenarioId: string) => void;
  setPresenter: (on: boolean) => void;
  /** Opens a bundled claim in the Check-a-claim view, dropping any edited text ("" closes it). */
  setClaimId: (claimId: string) => void;
  /** Sets the edited claim text to check ("" goes back to the bundled file). */
  setClaimText: (claimText: string) => void;
  /** Hides or shows a control (workshop mode). */
  toggleHidden: (path: string) => void;
  /** Locks or unlocks a control (workshop mode). */
  toggleLocked: (path: string) => void;
  /** Sets the hidden controls at once (workshop builder). */
  setHidden: (paths: string[]) => void;
  /** Sets the locked controls at once (workshop builder). */
  setLocked: (paths: string[]) => void;
  /** Lets participants choose locked and hidden parameters as the sweep axis. */
  setSweepLocked: (on: boolean) => void;
  /** Replaces every view setting at once (loading a link or a saved state). */
  replaceView: (view: ViewState) => void;
}

const toggle = (list: readonly string[], item: string): string[] =>
  list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item].sort();

/** Creates the view slice. */
export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  ...DEFAULT_VIEW_STATE,
  facilitator: false,
  setFacilitator: (facilitator) => set({ facilitator }),
  setView: (view) => set({ view }),
  setSweepPath: (sweepPath) => set({ sweepPath }),
  setSweepMetric: (sweepMetric) => set({ sweepMetric }),
  setSeed: (seed) => set({ seed }),
  setScenarioId: (scenarioId) => set({ scenarioId }),
  setPresenter: (presenter) => set({ presenter }),
  setClaimId: (claimId) => set({ claimId, claimText: '' }),
  setClaimText: (claimText) => set({ claimText }),
  toggleHidden: (path) => set((state) => ({ hidden: toggle(state.hidden, path) })),
  toggleLocked: (path) => set((state) => ({ locked: toggle(state.locked, path) })),
  setHidden: (paths) => set({ hidden: [...new Set(paths)].sort() }),
  setLocked: (paths) => set({ locked: [...new Set(paths)].sort() }),
  setSweepLocked: (sweepLocked) => set({ sweepLocked }),
  // A participant never has the facilitator's hide and lock buttons.
  replaceView: (view) => set(view.participant ? { ...view, facilitator: false } : { ...view }),
});
