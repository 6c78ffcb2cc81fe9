// Switches between the app's views (a participant has no Workshop tab).
import { useApp } from '../store/StoreContext';
import { participantView, VIEW_NAMES, type ViewName } from '../viewState';

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

/** The views a user can open: all of them, or all but the builder for a participant. */
export function openableViews(participant: boolean): readonly ViewName[] {
  return participant ? VIEW_NAMES.filter((name) => name !== 'workshop') : VIEW_NAMES;
}

/** One button per view; the current one is marked for assistive technology. */
export function ViewTabs() {
  const participant = useApp((state) => state.participant);
  const view = useApp((state) => participantView(state.view, state.participant));
  const setView = useApp((state) => state.setView);
  return (
    <nav className="view-tabs" aria-label="Views">
      {openableViews(participant).map((name) => (
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
