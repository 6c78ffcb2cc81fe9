// Switches between the app's views.

import { useApp } from '../store/StoreContext';
import type { ViewName } from '../viewState';

const VIEW_TITLES: Record<ViewName, string> = { explore: 'Explore', scenarios: 'Scenarios' };

/** One button per view; the current one is marked for assistive technology. */
export function ViewTabs() {
  const view = useApp((state) => state.view);
  const setView = useApp((state) => state.setView);
  return (
    <nav className="view-tabs" aria-label="Views">
      {(Object.keys(VIEW_TITLES) as ViewName[]).map((name) => (
        <button
          key={name}
          type="button"
          aria-current={view === name ? 'page' : undefined}
          onClick={() => setView(name)}
        >
          {VIEW_TITLES[name]}
        </button>
      ))}
    </nav>
  );
}
