// The list of bundled scenarios, claims first, then calibration cases; picking one opens it.
import { useApp } from '../store/StoreContext';
import { SCENARIO_CATALOG } from './catalog';

const GROUPS = [
  { kind: 'claims', title: 'Claims from the article' },
  { kind: 'calibration', title: 'Calibration against published figures' },
] as const;

/** Buttons for every bundled scenario; the open one is marked as current. */
export function ScenarioList() {
  const scenarioId = useApp((state) => state.scenarioId);
  const showUploaded = useApp((state) => state.showUploaded);
  const setScenarioId = useApp((state) => state.setScenarioId);
  const setShowUploaded = useApp((state) => state.setShowUploaded);
  return (
    <nav className="scenario-list" aria-label="Scenarios">
      {GROUPS.map((group) => (
        <section key={group.kind}>
          <h2>{group.title}</h2>
          <ul>
            {SCENARIO_CATALOG.filter((entry) => entry.kind === group.kind).map((entry) => {
              const current = !showUploaded && entry.id === scenarioId;
              return (
                <li key={entry.id}>
                  <button
                    type="button"
                    aria-current={current ? 'true' : undefined}
                    data-scenario={entry.id}
                    title={entry.claimText}
                    onClick={() => {
                      setShowUploaded(false);
                      setScenarioId(entry.id);
                    }}
                  >
                    {entry.title}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
