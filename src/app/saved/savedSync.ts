// Keeps the saved configurations in local storage: loads them on start and writes them on every change.
// A damaged entry is skipped rather than losing the others.
import type { SavedEntry } from '../store/savedSlice';
import type { AppStore } from '../store/store';

/** Local-storage key of the saved configurations (a JSON list of { name, savedAt, hash }). */
export const SAVED_KEY = 'deai-simulator:saved';

/** The entries in `text` that have the expected shape, in order. */
export function parseSaved(text: string | null): SavedEntry[] {
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (entry): entry is SavedEntry =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.name === 'string' &&
        typeof entry.savedAt === 'string' &&
        typeof entry.hash === 'string',
    );
  } catch {
    return [];
  }
}

/** Loads the saved configurations into `store` and persists changes; returns a stop function. */
export function startSavedSync(store: AppStore, storage: Pick<Storage, 'getItem' | 'setItem'>): () => void {
  try {
    store.getState().replaceSaved(parseSaved(storage.getItem(SAVED_KEY)));
  } catch {
    // Storage disabled: saving still works for this visit.
  }
  return store.subscribe((state, previous) => {
    if (state.saved === previous.saved) return;
    try {
      storage.setItem(SAVED_KEY, JSON.stringify(state.saved));
    } catch {
      state.showNotice('Could not write to this browser’s storage: copy the link to keep your work.');
    }
  });
}
