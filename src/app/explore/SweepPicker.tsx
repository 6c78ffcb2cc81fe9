// Chooses what the sweep chart shows: a numeric parameter on x (not one a facilitator locked or hid, unless
// allowed), any metric the engine reports on y.
import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { metricAxisTitle } from '../format/metricInfo';
import { paramAxisTitle } from '../series/sweepSeries';
import { useApp } from '../store/StoreContext';
import { sweepAxisRows } from '../workshop/sweepAxes';

/** Two selects: the swept parameter and the plotted metric. */
export function SweepPicker() {
  const id = useId();
  const sweepPath = useApp((state) => state.sweepPath);
  const metric = useApp((state) => state.sweepMetric);
  const metrics = useApp((state) => state.point?.metrics);
  const setSweepPath = useApp((state) => state.setSweepPath);
  const setSweepMetric = useApp((state) => state.setSweepMetric);
  const rule = useApp(useShallow(({ hidden, locked, sweepLocked }) => ({ hidden, locked, sweepLocked })));
  const axisRows = useMemo(() => sweepAxisRows(rule, sweepPath), [rule, sweepPath]);
  const metricNames = useMemo(() => {
    const names = Object.keys(metrics ?? {});
    return (names.includes(metric) ? names : [metric, ...names]).sort();
  }, [metrics, metric]);

  return (
    <div className="sweep-picker">
      <label htmlFor={`${id}-metric`}>Show</label>
      <select id={`${id}-metric`} value={metric} onChange={(event) => setSweepMetric(event.target.value)}>
        {metricNames.map((name) => (
          <option key={name} value={name}>
            {metricAxisTitle(name)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-path`}>against</label>
      <select id={`${id}-path`} value={sweepPath} onChange={(event) => setSweepPath(event.target.value)}>
        {axisRows.map((row) => (
          <option key={row.path} value={row.path}>
            {row.group}: {paramAxisTitle(row.path)}
          </option>
        ))}
      </select>
    </div>
  );
}
