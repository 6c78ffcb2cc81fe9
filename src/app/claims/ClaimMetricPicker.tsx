// The claim form's metric: a select grouped by corner of the trade-off (the same groups as the sweep's picker),
// with the chosen metric's meaning written under it. "Utilisation" is ambiguous in projects' claims, so both
// readings are explained side by side whenever either is chosen.
import { useId, useMemo } from 'react';
import { METRIC_CATALOG } from '../../core/metrics/catalog';
import { groupedMetricNames } from '../format/metricGroups';
import { metricInfo } from '../format/metricInfo';
import { useApp } from '../store/StoreContext';

/** The two metrics a claimed "utilisation" can mean. */
const UTILISATION_METRICS = ['utilizationFraction', 'computeTimeFraction'] as const;

const ALL_METRICS = Object.fromEntries(Object.keys(METRIC_CATALOG).map((name) => [name, 0]));

/** Explains MFU against compute share, naming which one is chosen. */
function UtilisationHelp({ metric }: { metric: string }) {
  return (
    <div className="claim-metric-help" data-testid="claim-utilisation-help">
      <p>“90% utilisation” can mean either of two things; pick the one the project measured:</p>
      <ul>
        {UTILISATION_METRICS.map((name) => {
          const info = metricInfo(name);
          return (
            <li key={name} aria-current={name === metric ? 'true' : undefined}>
              <strong>{info.label}</strong>: {info.description}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        A run can spend nearly all of its time computing (high compute share) while using a small part of the
        devices’ peak (low MFU), for example when the work is small or memory-bound.
      </p>
    </div>
  );
}

/** The metric select and its meaning. */
export function ClaimMetricPicker({
  metric,
  onMetric,
}: {
  metric: string;
  onMetric: (metric: string) => void;
}) {
  const id = useId();
  const reported = useApp((state) => state.point?.metrics ?? null);
  const groups = useMemo(() => groupedMetricNames(reported ?? ALL_METRICS, metric), [reported, metric]);
  const info = metricInfo(metric);
  return (
    <div className="claim-form-metric">
      <label htmlFor={`${id}-metric`}>What the project claims</label>
      <select
        id={`${id}-metric`}
        data-testid="claim-form-metric"
        value={metric}
        onChange={(event) => onMetric(event.target.value)}
      >
        {groups.map((group) => (
          <optgroup key={group.group} label={group.title}>
            {group.names.map((name) => (
              <option key={name} value={name}>
                {metricInfo(name).label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="muted" data-testid="claim-metric-meaning">
        {info.description}
      </p>
      {(UTILISATION_METRICS as readonly string[]).includes(metric) && <UtilisationHelp metric={metric} />}
    </div>
  );
}
