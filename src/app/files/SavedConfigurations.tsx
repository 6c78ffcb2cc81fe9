// Named configurations saved in this browser: save the current state under a name, open one again (the same
// as opening its link), open one as configuration B of the Compare view, or delete it.
import { useId, useState } from 'react';
import { openSaved } from '../saved/openSaved';
import { useApp, useAppStore } from '../store/StoreContext';
import { encodeHash } from '../url/hashState';
import { shareableOf } from '../url/stateSync';

/** The save form and the list of saved configurations. */
export function SavedConfigurations() {
  const id = useId();
  const store = useAppStore();
  const saved = useApp((state) => state.saved);
  const saveEntry = useApp((state) => state.saveEntry);
  const deleteEntry = useApp((state) => state.deleteEntry);
  const [name, setName] = useState('');

  const open = (hash: string, asB: boolean) => openSaved(store, hash, asB);

  return (
    <section aria-labelledby={`${id}-title`} data-testid="saved-configurations">
      <h3 id={`${id}-title`}>Saved in this browser</h3>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (trimmed === '') return;
          saveEntry({
            name: trimmed,
            savedAt: new Date().toISOString(),
            hash: encodeHash(shareableOf(store.getState())),
          });
          setName('');
        }}
      >
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required />
        <button type="submit">Save current</button>
      </form>
      {saved.length === 0 ? (
        <p className="muted">Nothing saved yet.</p>
      ) : (
        <ul className="saved-list">
          {saved.map((entry) => (
            <li key={entry.name} data-saved={entry.name}>
              <span className="saved-name">{entry.name}</span>
              <span className="muted"> {entry.savedAt.slice(0, 16).replace('T', ' ')}</span>
              <span className="saved-actions">
                <button type="button" onClick={() => open(entry.hash, false)}>
                  Open <span className="visually-hidden">{entry.name}</span>
                </button>
                <button type="button" onClick={() => open(entry.hash, true)}>
                  Compare as B <span className="visually-hidden">{entry.name}</span>
                </button>
                <button type="button" onClick={() => deleteEntry(entry.name)}>
                  Delete <span className="visually-hidden">{entry.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
