// Store slice of the named configurations the user saved in this browser. Each is the link text of the state
// it saves, so opening one is loading a link; savedSync.ts keeps them in local storage.
import type { StateCreator } from 'zustand';

/** One saved configuration. */
export interface SavedEntry {
  name: string;
  /** ISO date and time of saving. */
  savedAt: string;
  /** The state as link text (url/hashState.ts), without "#". */
  hash: string;
}

/** Saved configurations, newest first, one per name. */
export interface SavedSlice {
  saved: SavedEntry[];
  /** Saves `entry`, replacing any entry of the same name. */
  saveEntry: (entry: SavedEntry) => void;
  deleteEntry: (name: string) => void;
  replaceSaved: (entries: SavedEntry[]) => void;
}

/** Creates the saved slice. */
export const createSavedSlice: StateCreator<SavedSlice, [], [], SavedSlice> = (set) => ({
  saved: [],
  saveEntry: (entry) =>
    set((state) => ({ saved: [entry, ...state.saved.filter((other) => other.name !== entry.name)] })),
  deleteEntry: (name) => set((state) => ({ saved: state.saved.filter((entry) => entry.name !== name) })),
  replaceSaved: (saved) => set({ saved }),
});
