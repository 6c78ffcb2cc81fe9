// Exports the Explore view's sweep results as CSV or JSON, written by the core's serialisers, so the files are
// the same as the CLI's for the same scenario file. Available once the Monte Carlo pass is in.
import { useApp } from '../store/StoreContext';
import { ResultFileButtons } from './ResultFileButtons';

/** The complete sweep as CSV and as JSON. */
export function ResultExport() {
  const sweepRun = useApp((state) => state.sweepRun);
  return (
    <section>
      <h3>Results</h3>
      {!sweepRun && <p className="muted">Available when the Monte Carlo bands are in.</p>}
      <ResultFileButtons result={sweepRun} baseName="explore-sweep" testIdPrefix="export" />
    </section>
  );
}
