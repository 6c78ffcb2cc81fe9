// The "Save & open" menu of the header: named configurations saved in this browser, scenario files in and
// out, and the sweep results as CSV or JSON.
import { SaveScenarioButton } from '../shell/SaveScenarioButton';
import { ResultExport } from './ResultExport';
import { SavedConfigurations } from './SavedConfigurations';
import { ScenarioFileImport } from './ScenarioFileImport';

/** A disclosure button with the keeping-work panel under it. */
export function FilesMenu() {
  return (
    <details className="menu" data-testid="files-menu">
      <summary>Save &amp; open</summary>
      <div className="menu-panel">
        <SavedConfigurations />
        <ScenarioFileImport />
        <p className="muted">
          Or save the current sweep as a scenario file for the CLI:{' '}
          <SaveScenarioButton testId="save-scenario-menu" />
        </p>
        <ResultExport />
      </div>
    </details>
  );
}
