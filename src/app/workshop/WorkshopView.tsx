// The workshop-link builder: choose the controls (or whole groups) to hide or lock, the view participants open
// on and whether in presenter mode, then copy the participants' link. It opens in participant mode (no
// facilitator controls); the facilitator keeps the edit link to come back here. Both carry the current values
// and seed, so every participant starts from the same numbers.
import '../views.css';
import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VIEW_TITLES } from '../shell/ViewTabs';
import { useApp } from '../store/StoreContext';
import { shareableOf } from '../url/stateSync';
import { VIEW_NAMES, type ViewName } from '../viewState';
import { ControlVisibilityTable } from './ControlVisibilityTable';
import { LinkField } from './LinkField';
import { editLink, workshopLink } from './workshopLink';

const TARGET_VIEWS = VIEW_NAMES.filter((name) => name !== 'workshop');

/** The builder panel. */
export function WorkshopView() {
  const id = useId();
  const shareable = useApp(useShallow(shareableOf));
  const setHidden = useApp((app) => app.setHidden);
  const setLocked = useApp((app) => app.setLocked);
  const setSweepLocked = useApp((app) => app.setSweepLocked);
  const [view, setView] = useState<ViewName>('explore');
  const [presenter, setPresenter] = useState(false);
  const links = useMemo(
    () => ({
      participant: workshopLink(window.location.href, shareable, { view, presenter }),
      edit: editLink(window.location.href, shareable),
    }),
    [shareable, view, presenter],
  );
  return (
    <main className="workshop-view" aria-label="Workshop link builder" data-testid="workshop-view">
      <h2 className="view-title">Build a workshop link</h2>
      <p className="intro">
        Set the values first in Explore (or Compare), then choose here what participants may change. Hidden
        controls disappear for them; locked ones are shown but cannot be changed, and presets, Reset, files
        and saved configurations leave both alone. The participants’ link opens without the facilitator’s
        controls; keep the edit link to change the workshop later.
      </p>
      <section className="panel workshop-link">
        <div className="inline-form">
          <label htmlFor={`${id}-view`}>Participants open on</label>
          <select
            id={`${id}-view`}
            value={view}
            onChange={(event) => setView(event.target.value as ViewName)}
          >
            {TARGET_VIEWS.map((name) => (
              <option key={name} value={name}>
                {VIEW_TITLES[name]}
              </option>
            ))}
          </select>
          <label>
            <input
              type="checkbox"
              checked={presenter}
              onChange={(event) => setPresenter(event.target.checked)}
            />{' '}
            in presenter mode
          </label>
          <label>
            <input
              type="checkbox"
              checked={shareable.sweepLocked}
              data-testid="sweep-locked"
              onChange={(event) => setSweepLocked(event.target.checked)}
            />{' '}
            let participants sweep locked and hidden parameters
          </label>
        </div>
        <LinkField
          label="Participants’ link"
          link={links.participant}
          testId="workshop-link"
          copyLabel="Copy participants’ link"
        />
        <LinkField
          label="Your edit link (keep it: it reopens this builder)"
          link={links.edit}
          testId="edit-link"
          copyLabel="Copy edit link"
        />
        <div className="inline-form">
          <button type="button" onClick={() => setHidden([])}>
            Show all controls
          </button>
          <button type="button" onClick={() => setLocked([])}>
            Unlock all controls
          </button>
        </div>
      </section>
      <ControlVisibilityTable />
    </main>
  );
}
