// The Compare view: configuration A (the Explore view's) beside configuration B, a copy or a saved
// configuration the user edits here. Shows which assumptions differ and how the key results change.
import '../views.css';
import { useMemo } from 'react';
import { ControlsPanel } from '../controls/ControlsPanel';
import { SweepPicker } from '../explore/SweepPicker';
import { changedAssumptions, compareRows } from '../series/compareSeries';
import { useApp } from '../store/StoreContext';
import { CompareChart } from './CompareChart';
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
    </div>
  );
}

/** The comparison itself, once B exists. */
function Comparison() {
  const params = useApp((state) => state.params);
  const paramsB = useApp((state) => state.paramsB);
  const pointA = useApp((state) => state.point);
  const result = useApp((state) => state.compareResult);
  const changed = useMemo(() => (paramsB ? changedAssumptions(params, paramsB) : []), [params, paramsB]);
  const current = result && result.params === paramsB ? result : null;
  const rows = useMemo(
    () => (pointA && current ? compareRows(pointA, current.point) : []),
    [pointA, current],
  );
  return (
    <>
      <section className="panel">
        <ChangedAssumptionsTable rows={changed} />
      </section>
      <section className="panel">
        {rows.length > 0 ? <CompareMetricsTable rows={rows} /> : <p className="placeholder">Computing B…</p>}
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
        <h2 className="view-title">Compare A (current) with B</h2>
        <CompareActions />
        {paramsB && <Comparison />}
      </main>
    </div>
  );
}
