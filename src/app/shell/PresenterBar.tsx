// The header in presenter mode: the title, the view shown and a way out (Escape works too).
import { useEffect } from 'react';
import { useApp } from '../store/StoreContext';
import { VIEW_TITLES } from './ViewTabs';

/** A slim bar for presenter mode. */
export function PresenterBar() {
  const view = useApp((state) => state.view);
  const setPresenter = useApp((state) => state.setPresenter);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setPresenter(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPresenter]);
  return (
    <header className="presenter-bar" data-testid="presenter-bar">
      <h1>
        DeAI Trade-off Simulator <span className="presenter-view">· {VIEW_TITLES[view]}</span>
      </h1>
      <button type="button" onClick={() => setPresenter(false)}>
        Exit presenter mode
      </button>
    </header>
  );
}
