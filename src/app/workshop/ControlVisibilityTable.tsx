// The workshop builder's table of every parameter with Hide and Lock checkboxes, and the same for each whole
// group: hidden controls disappear for participants, locked ones show but cannot be changed. Generated from the
// parameter table; a finder above it narrows the rows to those whose label or group matches.
import { useId, useState } from 'react';
import { groupName } from '../../core/names/groupNames';
import { PARAMETER_ROWS } from '../../core/params/table';
import { rowsByGroup } from '../controls/ControlsPanel';
import { useApp } from '../store/StoreContext';
import { findParams } from './findParams';
import { GroupCheckbox } from './GroupVisibility';

const GROUPS = rowsByGroup(PARAMETER_ROWS);

/** One row per parameter, grouped. */
export function ControlVisibilityTable() {
  const hidden = useApp((state) => state.hidden);
  const locked = useApp((state) => state.locked);
  const toggleHidden = useApp((state) => state.toggleHidden);
  const toggleLocked = useApp((state) => state.toggleLocked);
  const setHidden = useApp((state) => state.setHidden);
  const setLocked = useApp((state) => state.setLocked);
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = findParams(GROUPS, query);
  return (
    <>
      <p className="find-param">
        <label htmlFor={`${id}-find`}>Find a parameter</label>{' '}
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="round trip, nodes, privacy…"
          data-testid="find-param"
        />
        {shown.length === 0 && <span className="muted"> No parameter or group matches.</span>}
      </p>
      <table className="data-table visibility-table" data-testid="visibility-table">
        <caption>
          Controls participants see ({hidden.length} hidden, {locked.length} locked)
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Hide</th>
            <th scope="col">Lock</th>
          </tr>
        </thead>
        {shown.map(([group, rows]) => (
          <tbody key={group}>
            <tr className="group-row" data-group={group}>
              <th scope="colgroup">{groupName(group)}</th>
              <td>
                <GroupCheckbox group={group} action="Hide" chosen={hidden} onChange={setHidden} />
              </td>
              <td>
                <GroupCheckbox group={group} action="Lock" chosen={locked} onChange={setLocked} />
              </td>
            </tr>
            {rows.map((row) => (
              <tr key={row.path} data-path={row.path}>
                <th scope="row">{row.spec.label}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Hide ${row.spec.label}`}
                    checked={hidden.includes(row.path)}
                    onChange={() => toggleHidden(row.path)}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Lock ${row.spec.label}`}
                    checked={locked.includes(row.path)}
                    onChange={() => toggleLocked(row.path)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
