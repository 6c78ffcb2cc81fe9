// Opening a saved configuration. Outside a workshop it is the same as opening its link. A participant keeps
// the workshop's hidden and locked parameters (with their values) and participant mode: the saved values
// apply to everything else.
import type { AppStore } from '../store/store';
import { decodeHash } from '../url/hashState';
import { applyState, shareableOf } from '../url/stateSync';
import { fixedPaths, keepFixed, keptNotice } from '../workshop/fixedValues';

const WHAT = 'The saved configuration';

/** Opens the saved state `hash` (as configuration B of Compare when `asB`); refused whole if it is damaged. */
export function openSaved(store: AppStore, hash: string, asB: boolean): void {
  const state = store.getState();
  const decoded = decodeHash(hash, shareableOf(state));
  if (decoded.errors.length > 0) {
    state.showImportErrors('the saved configuration', decoded.errors);
    return;
  }
  const saved = decoded.state;
  if (asB) {
    const bound = keepFixed(state.paramsB ?? state.params, saved.params, fixedPaths(state));
    if (!bound.ok) {
      state.showNotice(`${WHAT} was not used as B: ${bound.message}.`);
      return;
    }
    state.replaceParamsB(bound.params);
    state.setView('compare');
    const notice = keptNotice(WHAT, bound.kept);
    if (notice) state.showNotice(notice);
    return;
  }
  if (!state.participant) {
    applyState(store, saved);
    return;
  }
  if (!state.importParams(saved.params, WHAT)) return;
  const { hidden, locked, participant, sweepLocked } = state;
  applyState(store, {
    ...saved,
    params: store.getState().params,
    hidden,
    locked,
    participant,
    sweepLocked,
    view: saved.view === 'workshop' ? 'explore' : saved.view,
  });
}
