// Saved configurations: kept in local storage, one per name, newest first; damaged entries are skipped.
import { describe, expect, it } from 'vitest';
import { parseSaved, SAVED_KEY, startSavedSync } from '../../../src/app/saved/savedSync';
import { createAppStore } from '../../../src/app/store/store';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    items,
  };
}

describe('saved configurations', () => {
  it('load from storage, skipping damaged entries', () => {
    const entry = { name: 'a', savedAt: '2025-01-01T00:00:00Z', hash: 'v=1' };
    expect(parseSaved(JSON.stringify([entry, { name: 3 }, null]))).toEqual([entry]);
    expect(parseSaved('not json')).toEqual([]);
    expect(parseSaved(null)).toEqual([]);
  });

  it('replace an entry of the same name, newest first, and persist', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    startSavedSync(store, storage);
    store.getState().saveEntry({ name: 'a', savedAt: '1', hash: 'v=1&seed=x' });
    store.getState().saveEntry({ name: 'b', savedAt: '2', hash: 'v=1&seed=y' });
    store.getState().saveEntry({ name: 'a', savedAt: '3', hash: 'v=1&seed=z' });
    expect(store.getState().saved.map((entry) => [entry.name, entry.savedAt])).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
    const reloaded = createAppStore();
    startSavedSync(reloaded, storage);
    expect(reloaded.getState().saved).toEqual(store.getState().saved);
    store.getState().deleteEntry('b');
    expect(parseSaved(storage.items.get(SAVED_KEY) ?? null).map((entry) => entry.name)).toEqual(['a']);
  });
});
