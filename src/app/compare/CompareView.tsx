// The Compare view: configuration A (the Explore view's) beside configuration B, a copy or a saved
// configuration the user edits here. Shows which assumptions differ and how the key results change.
import '../views.css';
import { useMemo } from 'react';
import { ControlsPanel } from '../controls/ControlsPanel';
import { SweepPicker } from '../explore/SweepPicker';
import { changedAssumptions, compareRows } from '../series/compareSeries';
import { useApp } from '../store/StoreContext';
import { CompareChart, KEPT_NAMES } from './CompareChart';
import { ChangedAssumptionsTable, CompareMetricsTable } from './CompareTables';

/** Buttons that make, reset, swap or drop configuration B. */
function CompareActions() {
  const params = useApp((state) => state.params);
  const paramsB = useApp((state) => state.paramsB);
  const importParams = useApp((state) => state.importParams);
  const replaceParamsB = useApp((state) => state.replaceParamsB);
  if (!paramsB) {
    return (
      <div className="compare-start">
        <p>
          B starts as a copy of the current configuration (A); change B’s controls and compare. A saved
          configuration can also become B (“Save &amp; open”, then “Compare as B”).
        </p>
        <button type="button" onClick={() => replaceParamsB(params)} data-testid="duplicate-as-b">
          Duplicate the current configuration as B
        </button>
      </div>
    );
  }
  return (
    <div className="compare-actions">
      <button type="button" onClick={() => replaceParamsB(params)}>
        Reset B to A
      </button>
      <button
        type="button"
        onClick={() => {
          // A's locked and hidden values stay (B's copies of them are A's anyway).
          if (importParams(paramsB, 'Swapping A and B') !== null) replaceParamsB(params);
        }}
      >
        Swap A and B
      </button>
      <button type="button" onClick={() => replaceParamsB(null)}>
        Remove B
      </button>
      <KeepButtons />
    </div>
  );
}

/** "Keep B as C" (up to D), and a button to drop each kept configuration. */
function KeepButtons() {
  const kept = useApp((state) => state.keptConfigs);
  const keepB = useApp((state) => state.keepB);
  const removeKept = useApp((state) => state.removeKept);
  const next = KEPT_NAMES[kept.length];
  return (
    <>
      {next && (
        <button type="button" onClick={keepB} data-testid="keep-b">
          Keep B as {next}
        </button>
      )}
      {kept.map((_, index) => (
        <button key={KEPT_NAMES[index]} type="button" onClick={() => removeKept(index)}>
          Remove {KEPT_NAMES[index]}
        </button>
      ))}
    </>
  );
}

/** The comparison itself, once B exists. */
function Comparison() {
  const params = useApp((state) => state.params);
  const paramsB = useApp((state) => state.paramsB);
  const pointA = useApp((state) => state.point);
  const result = useApp((state) => state.compareResult);
  const keptConfigs = useApp((state) => state.keptConfigs);
  const keptResults = useApp((state) => state.keptResults);
  const keptNames = KEPT_NAMES.slice(0, keptConfigs.length);
  const changed = useMemo(
    () => (paramsB ? changedAssumptions(params, paramsB, keptConfigs) : []),
    [params, paramsB, keptConfigs],
  );
  const current = result && result.params === paramsB ? result : null;
  const keptPoints = useMemo(() => {
    const fresh = keptResults.filter((entry, index) => entry.params === keptConfigs[index]);
    return fresh.length === keptConfigs.length ? fresh.map((entry) => entry.point) : null;
  }, [keptResults, keptConfigs]);
  const rows = useMemo(
    () => (pointA && current && keptPoints ? compareRows(pointA, current.point, keptPoints) : []),
    [pointA, current, keptPoints],
  );
  return (
    <>
      <section className="panel">
        <ChangedAssumptionsTable rows={changed} keptNames={keptNames} />
      </section>
      <section className="panel">
        {rows.length > 0 ? (
          <CompareMetricsTable rows={rows} keptNames={keptNames} />
        ) : (
          <p className="placeholder">Computing B…</p>
        )}
      </section>
      <section className="panel" aria-labelledby="compare-chart-title">
        <h2 id="compare-chart-title">Along a sweep</h2>
        <SweepPicker />
        <CompareChart />
      </section>
    </>
  );
}

/** A and B side by side: B's controls on the left, the differences on the right. */
export function CompareView() {
  const paramsB = useApp((state) => state.paramsB);
  const presenter = useApp((state) => state.presenter);
  return (
    <div className="layout compare">
      {paramsB && !presenter && <ControlsPanel target="b" label="Configuration B" />}
      <main className="explore" aria-label="Compare" data-testid="compare-view">
        <h2 className="view-title">Compare A (current) with B, and up to two kept configurations</h2>
        <CompareActions />
        {paramsB && <Comparison />}
      </main>
    </div>
  );
}
