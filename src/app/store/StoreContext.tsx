// Hands the app store to components through React context, so tests can mount components on their own store.
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

/** Makes `store` available to useApp below. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Subscribes to one narrow slice of the app state; re-renders only when the selected value changes. */
export function useApp<Selected>(selector: (state: AppState) => Selected): Selected {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp needs a StoreProvider above it');
  return useStore(store, selector);
}

/** The store itself, for handlers that change several slices at once (loading a link or a saved state). */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  return store;
}
