// The header in presenter mode: the title, the view shown, the keys that step through the talk, and a way out
// (Escape works too). Arrow keys step through views, and through scenarios in the Scenarios view.
import { useEffect } from 'react';
import { CATALOG_KINDS, scenarioCatalog } from '../scenarios/catalog';
import { useApp, useAppStore } from '../store/StoreContext';
import { presenterStep, stepThrough } from './presenterKeys';
import { openableViews, VIEW_TITLES } from './ViewTabs';

/** Scenario ids in the order the Scenarios view lists them. */
const scenarioOrder = (): string[] =>
  CATALOG_KINDS.flatMap((kind) =>
    scenarioCatalog()
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.id),
  );

/** Keys typed into a field are the field's, not the presentation's. */
const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/** A slim bar for presenter mode. */
export function PresenterBar() {
  const store = useAppStore();
  const view = useApp((state) => state.view);
  const setPresenter = useApp((state) => state.setPresenter);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return setPresenter(false);
      const state = store.getState();
      const step = presenterStep(event.key, state.view);
      if (!step || typingIn(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      if (step.kind === 'view') {
        const views = openableViews(state.participant).filter((name) => name !== 'workshop');
        const next = stepThrough(views, state.view, step.delta);
        if (next) state.setView(next);
        return;
      }
      const next = stepThrough(scenarioOrder(), state.scenarioId, step.delta);
      if (next) {
        state.setShowUploaded(false);
        state.setScenarioId(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPresenter, store]);
  return (
    <header className="presenter-bar" data-testid="presenter-bar">
      <h1>
        DeAI Trade-off Simulator <span className="presenter-view">· {VIEW_TITLES[view]}</span>
      </h1>
      <span className="presenter-keys">
        ← → views{view === 'scenarios' ? ' · ↑ ↓ scenarios' : ''} · Esc leaves
      </span>
      <button type="button" onClick={() => setPresenter(false)}>
        Exit presenter mode
      </button>
    </header>
  );
}
