// Saves the Explore view's sweep as a scenario file, which the CLI runs to the same numbers
// (npm run sim -- run <file>).
import { sweepScenario } from '../scenario/exploreScenarios';
import { useApp } from '../store/StoreContext';

/** A button that downloads explore-sweep.json for the current settings. */
export function SaveScenarioButton() {
  const params = useApp((state) => state.params);
  const seed = useApp((state) => state.seed);
  const sweepPath = useApp((state) => state.sweepPath);
  const sweepMetric = useApp((state) => state.sweepMetric);
  const save = () => {
    const document = sweepScenario({ params, seed, sweepPath, sweepMetric });
    const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(window.document.createElement('a'), {
      href: url,
      download: 'explore-sweep.json',
    });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" onClick={save} data-testid="save-scenario">
      Save as scenario file
    </button>
  );
}
