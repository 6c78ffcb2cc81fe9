// The Explore view: the triangle readout, a sweep of any metric against any numeric parameter with its Monte
// Carlo band, and where the step's time goes.
import { useMemo } from 'react';
import { createDrawReporter } from '../perf';
import { BreakdownChart } from './BreakdownChart';
import { ModelErrorTable } from './ModelErrorTable';
import { SweepChart } from './SweepChart';
import { SweepPicker } from './SweepPicker';
import { TriangleReadout } from './TriangleReadout';

/** The main view of the app. */
export function ExploreView() {
  const reportDrawn = useMemo(() => createDrawReporter(), []);
  return (
    <main className="explore" aria-label="Explore">
      <TriangleReadout />
      <section className="panel" aria-labelledby="sweep-title">
        <h2 id="sweep-title">Sweep</h2>
        <SweepPicker />
        <SweepChart reportDrawn={reportDrawn} />
      </section>
      <section className="panel" aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">Where the time of one step goes</h2>
        <BreakdownChart />
      </section>
      <ModelErrorTable />
    </main>
  );
}
