// Saves the Explore view's sweep as a scenario file, which the CLI runs to the same numbers
// (npm run sim -- run <file>) and "Open a scenario file" loads back.
import { downloadText } from '../files/download';
import { sweepScenario } from '../scenario/exploreScenarios';
import { useApp } from '../store/StoreContext';

/** A button that downloads explore-sweep.json for the current settings. */
export function SaveScenarioButton({ testId = 'save-scenario' }: { testId?: string }) {
  const params = useApp((state) => state.params);
  const seed = useApp((state) => state.seed);
  const sweepPath = useApp((state) => state.sweepPath);
  const sweepMetric = useApp((state) => state.sweepMetric);
  const save = () => {
    const document = sweepScenario({ params, seed, sweepPath, sweepMetric });
    downloadText('explore-sweep.json', `${JSON.stringify(document, null, 2)}\n`, 'application/json');
  };
  return (
    <button type="button" onClick={save} data-testid={testId}>
      Save as scenario file
    </button>
  );
}
