// Groups the metrics a point reports for pickers, by the corner of the trade-off each belongs to (the
// catalog's corner), with money and energy gathered as "Cost". Only metrics the job produced with a finite
// value are offered, so a technique's metrics appear only when that technique is on.
import type { Metrics } from '../../core/engine/types';
import { metricInfo } from './metricInfo';

/** The picker's groups, in order, with their titles. */
export const METRIC_GROUP_TITLES = {
  performance: 'Performance',
  verifiability: 'Verifiability',
  privacy: 'Privacy',
  cost: 'Cost',
  trilemma: 'Decentralization and security',
  ledger: 'Ledger',
  limits: 'Scaling limits',
  other: 'Other',
} as const;

/** One of the picker's groups. */
export type MetricGroup = keyof typeof METRIC_GROUP_TITLES;

const COST_UNIT_PATTERN = /USD|kWh|MWh|GWh/;

/** The group a metric is listed under. */
export function metricGroup(name: string): MetricGroup {
  const info = metricInfo(name);
  if (COST_UNIT_PATTERN.test(info.unit)) return 'cost';
  return info.corner ?? 'other';
}

/** The metrics of `metrics` worth offering (finite values), grouped in picker order, by label within a group. */
export function groupedMetricNames(
  metrics: Metrics,
  keep: string,
): Array<{ group: MetricGroup; title: string; names: string[] }> {
  const names = Object.keys(metrics).filter((name) => Number.isFinite(metrics[name]) || name === keep);
  if (!names.includes(keep)) names.push(keep);
  return (Object.keys(METRIC_GROUP_TITLES) as MetricGroup[])
    .map((group) => ({
      group,
      title: METRIC_GROUP_TITLES[group],
      names: names
        .filter((name) => metricGroup(name) === group)
        .sort((a, b) => metricInfo(a).label.localeCompare(metricInfo(b).label)),
    }))
    .filter((entry) => entry.names.length > 0);
}
