// The header: the title, the view tabs and the app-wide link and file actions on the first row; presenter
// mode and the Explore view's actions (seed, saving the sweep as a scenario file, reset, facilitator mode) on
// a second row, so the tabs keep their place whatever the view offers.
import { FilesMenu } from '../files/FilesMenu';
import { useApp } from '../store/StoreContext';
import { CopyLinkButton } from './CopyLinkButton';
import { SaveScenarioButton } from './SaveScenarioButton';
import { SeedField } from './SeedField';
import { ViewTabs } from './ViewTabs';

/** The Explore view's actions (a participant has no facilitator checkbox). */
function ExploreActions() {
  const participant = useApp((state) => state.participant);
  const resetParams = useApp((state) => state.resetParams);
  const facilitator = useApp((state) => state.facilitator);
  const setFacilitator = useApp((state) => state.setFacilitator);
  return (
    <>
      <SeedField />
      <SaveScenarioButton />
      <button
        type="button"
        onClick={resetParams}
        title="Back to the values this page's link opened with (locked and hidden values stay)"
      >
        Reset parameters
      </button>
      {!participant && (
        <label className="facilitator-toggle">
          <input
            type="checkbox"
            checked={facilitator}
            onChange={(event) => setFacilitator(event.target.checked)}
          />
          Facilitator mode
        </label>
      )}
    </>
  );
}

/** Title bar with the app-wide actions. */
export function AppHeader() {
  const view = useApp((state) => state.view);
  const setPresenter = useApp((state) => state.setPresenter);
  return (
    <header className="app-header">
      <div className="header-row">
        <h1>DeAI Trade-off Simulator</h1>
        <ViewTabs />
        <div className="header-actions">
          <CopyLinkButton />
          <FilesMenu />
        </div>
      </div>
      <div className="header-tools">
        <button type="button" onClick={() => setPresenter(true)} data-testid="presenter-on">
          Presenter mode
        </button>
        {view === 'explore' && <ExploreActions />}
      </div>
    </header>
  );
}
