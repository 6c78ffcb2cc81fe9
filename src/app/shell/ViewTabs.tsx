// Switches between the app's views.
import { useApp } from '../store/StoreContext';
import { VIEW_NAMES, type ViewName } from '../viewState';

/** The title of each view, as its tab shows it. */
export const VIEW_TITLES: Record<ViewName, string> = {
  explore: 'Explore',
  techniques: 'Technique map',
  compare: 'Compare',
  scenarios: 'Scenarios',
  matrix: 'Matrix',
  claims: 'Check a claim',
  workshop: 'Workshop',
};

/** One button per view; the current one is marked for assistive technology. */
export function ViewTabs() {
  const view = useApp((state) => state.view);
  const setView = useApp((state) => state.setView);
  return (
    <nav className="view-tabs" aria-label="Views">
      {VIEW_NAMES.map((name) => (
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
