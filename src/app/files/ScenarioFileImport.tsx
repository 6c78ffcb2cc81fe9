// Opens a scenario file (the CLI's format) into the Explore view. A file that fails validation changes
// nothing: every bad field is listed with its path, and the state on screen stays.
import { useId } from 'react';
import { useApp, useAppStore } from '../store/StoreContext';
import { sweepAxisAllowed } from '../workshop/sweepAxes';

/** A file picker that loads a scenario file's base configuration, seed and swept parameter. */
export function ScenarioFileImport() {
  const id = useId();
  const store = useAppStore();
  const importParams = useApp((state) => state.importParams);
  const setSeed = useApp((state) => state.setSeed);
  const setSweepPath = useApp((state) => state.setSweepPath);
  const setView = useApp((state) => state.setView);
  const showImportErrors = useApp((state) => state.showImportErrors);
  const dismissImportErrors = useApp((state) => state.dismissImportErrors);
  const showNotice = useApp((state) => state.showNotice);

  const onFile = async (file: File) => {
    // The scenario schema is loaded when a file is opened, not with the page.
    const { importScenarioText } = await import('../scenario/importScenario');
    const result = importScenarioText(await file.text());
    if (!result.ok) {
      showImportErrors(file.name, result.errors);
      return;
    }
    const { imported } = result;
    dismissImportErrors();
    const kept = importParams(imported.params, file.name);
    if (kept === null) return;
    setSeed(imported.seed);
    if (imported.sweepPath && sweepAxisAllowed(store.getState(), imported.sweepPath))
      setSweepPath(imported.sweepPath);
    setView('explore');
    const variants =
      imported.variantCount > 0
        ? ` It has ${imported.variantCount} variants: its base configuration was loaded; open it in the Scenarios view to run them all.`
        : '';
    showNotice(`Loaded “${imported.title}” from ${file.name}.${variants} ${kept}`.trim());
  };

  return (
    <section>
      <h3>Scenario files</h3>
      <label htmlFor={id}>Open a scenario file into Explore</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        data-testid="import-scenario"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </section>
  );
}
