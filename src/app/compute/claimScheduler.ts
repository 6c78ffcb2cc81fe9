// Checks the claim open in the Check-a-claim view in a stoppable worker: the edited text when there is one,
// else the bundled file (loaded on demand). The same text is checked once; "Run again" checks it again.
import { loadClaimText } from '../claims/claimCatalog';
import type { AppState, AppStore } from '../store/store';
import type { JobRunner } from './jobRunner';
import { startJobScheduler } from './jobScheduler';

/** The claim text the view should check now, or null when there is none (yet). */
export function claimTextToCheck(state: AppState): string | null {
  if (state.view !== 'claims') return null;
  if (state.claimText !== '') return state.claimText;
  return state.claimFile && state.claimFile.id === state.claimId ? state.claimFile.text : null;
}

/** Starts the claim scheduler; returns a function that stops it. */
export function startClaimScheduler(store: AppStore, runner: JobRunner): () => void {
  const load = (state: AppState) => {
    if (state.view !== 'claims' || state.claimId === '' || state.claimFile?.id === state.claimId) return;
    const id = state.claimId;
    void loadClaimText(id).then((text) => {
      if (text !== undefined && store.getState().claimFile?.id !== id)
        store.getState().setClaimFile({ id, text });
    });
  };
  load(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.claimId !== previous.claimId || state.view !== previous.view) load(state);
  });
  const stop = startJobScheduler(store, runner, {
    job: 'claim',
    label: 'Checking the claim',
    want: (state) => {
      const text = claimTextToCheck(state);
      return text === null ? null : { key: text, request: { kind: 'claim', text } };
    },
    onResult: (target, response, key) => {
      if (response.kind !== 'claim' || typeof key !== 'string') return;
      const { claim, report, inputSources, why } = response;
      target.getState().storeClaimResult({ text: key, claim, report, inputSources, why });
    },
    onError: (target, message, fieldErrors, key) => {
      if (typeof key === 'string') target.getState().storeClaimError({ text: key, message, fieldErrors });
    },
  });
  return () => {
    unsubscribe();
    stop();
  };
}
