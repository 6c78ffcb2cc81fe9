// Keeps the URL hash and local storage in step with the store: reads a link (or the autosave) on start,
// rewrites the hash and the autosave on every change, and follows hash edits. A link with bad fields applies
// its good ones: the error names the others, which keep their last good values. A partly bad autosave keeps
// its good fields too, and a notice names the fields that went back to their defaults.

import type { AppState, AppStore } from '../store/store';
import { type DecodedHash, decodeHash, encodeHash, type ShareableState } from './hashState';
import { sameThresholds } from './matrixKeys';

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

/** The keys of the store whose change rewrites the link (the fields of ShareableState). */
const SHAREABLE_KEYS = [
  'params',
  'paramsB',
  'keptConfigs',
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
  'participant',
  'sweepLocked',
  'matrixThresholds',
  'matrixCell',
] as const satisfies ReadonlyArray<keyof ShareableState>;

/** The shareable part of the store's state. */
export function shareableOf(state: AppState): ShareableState {
  const entries = SHAREABLE_KEYS.map((key) => [key, state[key]]);
  return Object.fromEntries(entries) as ShareableState;
}

/** Puts a decoded link's state into the store (also used to open a saved configuration). */
export function applyState(store: AppStore, shareable: ShareableState): void {
  const { params, paramsB, keptConfigs, matrixThresholds, matrixCell, ...view } = shareable;
  const app = store.getState();
  app.replaceParams(params);
  app.replaceParamsB(paramsB);
  app.replaceKeptConfigs(keptConfigs);
  app.replaceView(view);
  // A new thresholds object recomputes the matrix: only set them when they change.
  if (!sameThresholds(app.matrixThresholds, matrixThresholds)) app.setMatrixThresholds(matrixThresholds);
  app.selectMatrixCell(matrixCell);
}

/**
 * The autosave, read field by field like a link: its good fields over the defaults, and the fields it could
 * not use (an older format, a value out of today's range, a hand edit). Null when there is none to read.
 */
function readAutosave(host: SyncHost): DecodedHash | null {
  try {
    const saved = host.localStorage.getItem(AUTOSAVE_KEY);
    return saved ? decodeHash(saved) : null;
  } catch {
    // Storage disabled: start from the defaults.
    return null;
  }
}

/** Loads the link or autosave into `store`, then keeps hash and autosave current. Returns a stop function. */
export function startStateSync(store: AppStore, host: SyncHost): () => void {
  let lastWritten = '';
  const loadHash = () => {
    const decoded = decodeHash(host.location.hash, shareableOf(store.getState()));
    applyState(store, decoded.state);
    // Reset goes back to what the link gave, not to the table's defaults.
    store.getState().setBaseline(decoded.state.params);
    if (decoded.errors.length === 0) store.getState().dismissLinkErrors();
    else store.getState().showLinkErrors(decoded.errors);
  };

  const saved = readAutosave(host);
  if (saved) {
    applyState(store, saved.state);
    if (saved.errors.length > 0) store.getState().showAutosaveErrors(saved.errors);
  }
  if (host.location.hash.length > 1) loadHash();

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
    loadHash();
  };
  host.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    host.removeEventListener('hashchange', onHashChange);
  };
}
