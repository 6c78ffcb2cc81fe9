// The list of bundled scenarios by folder (claims first, calibration cases last); picking one opens it.
import { useApp } from '../store/StoreContext';
import { CATALOG_KINDS, type CatalogKind, scenarioCatalog } from './catalog';

const KIND_TITLES: Record<CatalogKind, string> = {
  claims: 'Claims from the article',
  article: 'More of the article’s claims',
  workshop: 'Workshop exercises',
  matrix: 'Synergy matrix cells',
  calibration: 'Calibration against published figures',
};

const GROUPS = CATALOG_KINDS.map((kind) => ({ kind, title: KIND_TITLES[kind] }));

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
            {scenarioCatalog()
              .filter((entry) => entry.kind === group.kind)
              .map((entry) => {
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
