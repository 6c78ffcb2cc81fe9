// The workshop-link builder: choose the controls to hide or lock, the view participants open on and whether in
// presenter mode, then copy the link. The link carries the current values and seed, so every participant
// starts from the same numbers.
import '../views.css';
import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VIEW_TITLES } from '../shell/ViewTabs';
import { useApp } from '../store/StoreContext';
import { shareableOf } from '../url/stateSync';
import { VIEW_NAMES, type ViewName } from '../viewState';
import { ControlVisibilityTable } from './ControlVisibilityTable';
import { workshopLink } from './workshopLink';

const TARGET_VIEWS = VIEW_NAMES.filter((name) => name !== 'workshop');

/** The builder panel. */
export function WorkshopView() {
  const id = useId();
  const shareable = useApp(useShallow(shareableOf));
  const setHidden = useApp((app) => app.setHidden);
  const setLocked = useApp((app) => app.setLocked);
  const [view, setView] = useState<ViewName>('explore');
  const [presenter, setPresenter] = useState(false);
  const [feedback, setFeedback] = useState('');
  const link = useMemo(
    () => workshopLink(window.location.href, shareable, { view, presenter }),
    [shareable, view, presenter],
  );
  return (
    <main className="workshop-view" aria-label="Workshop link builder" data-testid="workshop-view">
      <h2 className="view-title">Build a workshop link</h2>
      <p className="intro">
        The link opens the simulator with the current values and seed. Hidden controls disappear for
        participants; locked ones are shown but cannot be changed. Set the values first in Explore (or
        Compare), then choose here.
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
        </div>
        <label htmlFor={`${id}-link`}>Workshop link</label>
        <input id={`${id}-link`} className="link-field" readOnly value={link} data-testid="workshop-link" />
        <div className="inline-form">
          <button
            type="button"
            data-testid="copy-workshop-link"
            onClick={() =>
              navigator.clipboard.writeText(link).then(
                () => setFeedback('Workshop link copied'),
                () => setFeedback('Copy failed: select the link above and copy it'),
              )
            }
          >
            Copy workshop link
          </button>
          <a href={link} target="_blank" rel="noopener">
            Try it in a new tab
          </a>
          <button type="button" onClick={() => setHidden([])}>
            Show all controls
          </button>
          <button type="button" onClick={() => setLocked([])}>
            Unlock all controls
          </button>
          <span aria-live="polite" className="feedback">
            {feedback}
          </span>
        </div>
      </section>
      <ControlVisibilityTable />
    </main>
  );
}
