// Chooses what the sweep chart shows: a numeric parameter on x (not one a facilitator locked or hid, unless
// allowed), and on y any metric the job reports, grouped by the corner of the trade-off it belongs to.
import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { groupName } from '../../core/names/groupNames';
import { groupedMetricNames } from '../format/metricGroups';
import { metricAxisTitle, metricInfo } from '../format/metricInfo';
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
  const groups = useMemo(() => groupedMetricNames(metrics ?? {}, metric), [metrics, metric]);

  return (
    <div className="sweep-picker">
      <label htmlFor={`${id}-metric`}>Show</label>
      <select id={`${id}-metric`} value={metric} onChange={(event) => setSweepMetric(event.target.value)}>
        {groups.map((group) => (
          <optgroup key={group.group} label={group.title}>
            {group.names.map((name) => (
              <option key={name} value={name} title={metricInfo(name).description}>
                {metricAxisTitle(name)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor={`${id}-path`}>against</label>
      <select id={`${id}-path`} value={sweepPath} onChange={(event) => setSweepPath(event.target.value)}>
        {axisRows.map((row) => (
          <option key={row.path} value={row.path}>
            {groupName(row.group)}: {paramAxisTitle(row.path)}
          </option>
        ))}
      </select>
    </div>
  );
}
