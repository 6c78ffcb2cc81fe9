// Computes the technique map of configuration A while the Technique map view shows, through a latest-wins
// worker: a changed control recomputes it (about a dozen milliseconds of model time for every combination).
import type { Params } from '../../core/params/table';
import type { AppState, AppStore } from '../store/store';
import { createWorkerClient, type RequestPort } from './workerClient';

/** Starts computing the map for `store` through `port`; returns a function that stops it. */
export function startTechniqueScheduler(store: AppStore, port: RequestPort): () => void {
  let submitted: Params | null = null;
  const client = createWorkerClient<Params>(port, {
    onResult: (response, params) => {
      if (response.kind === 'techniques') store.getState().storeTechniqueMap({ params, map: response.map });
    },
    onError: (message) => store.getState().storeTechniqueError(message),
  });
  const update = (state: AppState) => {
    if (state.view !== 'techniques' || state.params === submitted) return;
    submitted = state.params;
    client.submit({ kind: 'techniques', params: state.params }, state.params);
  };
  update(store.getState());
  const unsubscribe = store.subscribe((state) => update(state));
  return () => {
    unsubscribe();
    client.close();
  };
}
