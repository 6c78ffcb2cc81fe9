// Keeps the URL hash and local storage in step with the store: reads a link (or the autosave) on start,
// rewrites the hash and the autosave on every change, and follows hash edits. A bad link is refused as a
// whole: the error names its fields and the last good state stays on screen.
import type { AppState, AppStore } from '../store/store';
import { decodeHash, encodeHash, type ShareableState } from './hashState';

/** Local-storage key of the autosaved state (the same text as the hash). */
export const AUTOSAVE_KEY = 'deai-simulator:state';

/** The parts of the browser the sync uses (a real window, or a fake in tests). */
export interface SyncHost {
  location: { hash: string };
  history: { replaceState: (data: null, unused: string, url: string) => void };
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  addEventListener: (type: 'hashchange', listener: () => void) => void;
  removeEventListener: (type: 'hashchange', listener: () => void) => void;
}

/** The shareable part of the store's state. */
export function shareableOf(state: AppState): ShareableState {
  const { params, paramsB, view, sweepPath, sweepMetric, seed, hidden, locked, scenarioId } = state;
  const { presenter, claimId, claimText } = state;
  return {
    params,
    paramsB,
    view,
    sweepPath,
    sweepMetric,
    seed,
    hidden,
    locked,
    scenarioId,
    presenter,
    claimId,
    claimText,
  };
}

/** The keys of the store whose change rewrites the link (the fields of ShareableState). */
const SHAREABLE_KEYS: ReadonlyArray<keyof ShareableState> = [
  'params',
  'paramsB',
  'view',
  'sweepPath',
  'sweepMetric',
  'seed',
  'hidden',
  'locked',
  'scenarioId',
  'presenter',
  'claimId',
  'claimText',
];

/** Puts a decoded link's state into the store (also used to open a saved configuration). */
export function applyState(store: AppStore, shareable: ShareableState): void {
  const { params, paramsB, ...view } = shareable;
  store.getState().replaceParams(params);
  store.getState().replaceParamsB(paramsB);
  store.getState().replaceView(view);
}

function readAutosave(host: SyncHost): ShareableState | null {
  try {
    const saved = host.localStorage.getItem(AUTOSAVE_KEY);
    if (!saved) return null;
    const decoded = decodeHash(saved);
    return decoded.ok ? decoded.state : null;
  } catch {
    return null;
  }
}

/** Loads the link or autosave into `store`, then keeps hash and autosave current. Returns a stop function. */
export function startStateSync(store: AppStore, host: SyncHost): () => void {
  let lastWritten = '';
  const loadHash = (fallback: ShareableState | null) => {
    const decoded = decodeHash(host.location.hash);
    if (decoded.ok) {
      applyState(store, decoded.state);
      store.getState().dismissLinkErrors();
      lastWritten = encodeHash(decoded.state);
      return;
    }
    if (fallback) applyState(store, fallback);
    store.getState().showLinkErrors(decoded.errors);
  };

  if (host.location.hash.length > 1) loadHash(readAutosave(host));
  else {
    const saved = readAutosave(host);
    if (saved) applyState(store, saved);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (SHAREABLE_KEYS.every((key) => state[key] === previous[key])) return;
    const encoded = encodeHash(shareableOf(state));
    if (encoded === lastWritten) return;
    lastWritten = encoded;
    host.history.replaceState(null, '', `#${encoded}`);
    try {
      host.localStorage.setItem(AUTOSAVE_KEY, encoded);
    } catch {
      // Storage full or disabled: the link still carries the state.
    }
  });

  const onHashChange = () => {
    if (host.location.hash.slice(1) === lastWritten) return;
    loadHash(null);
  };
  host.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    host.removeEventListener('hashchange', onHashChange);
  };
}
