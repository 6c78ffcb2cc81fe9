// The catalog of output metrics: unit, label, meaning and which direction is better. Charts take axis labels
// from it, docs/metrics.md is generated from it, and a test fails when the engine emits a metric missing here.
import { LEDGER_METRICS } from '../ledger/metricDefinitions';
import { LIMITS_METRICS } from '../limits/metricDefinitions';
import { PRIVACY_METRICS } from '../privacy/metricDefinitions';
import { TOPOLOGY_METRICS } from '../topology/metricDefinitions';
import { TRILEMMA_METRICS } from '../trilemma/metricDefinitions';
import { VERIFICATION_METRICS } from '../verification/metricDefinitions';
import { WORKLOAD_METRICS } from '../workloads/metricDefinitions';
import { AVERAGING_METRICS } from '../workloads/training/averaging/metricDefinitions';
import { ENGINE_METRICS } from './engineMetrics';
import type { MetricDefinition } from './types';

export type { MetricDefinition } from './types';

/** Every metric the model can report, by name. */
export const METRIC_CATALOG: Readonly<Record<string, MetricDefinition>> = {
  ...ENGINE_METRICS,
  ...WORKLOAD_METRICS,
  ...AVERAGING_METRICS,
  ...LEDGER_METRICS,
  ...LIMITS_METRICS,
  ...PRIVACY_METRICS,
  ...VERIFICATION_METRICS,
  ...TRILEMMA_METRICS,
  ...TOPOLOGY_METRICS,
};

/** The definition of a metric, or undefined for an unknown name. */
export function findMetric(name: string): MetricDefinition | undefined {
  return Object.hasOwn(METRIC_CATALOG, name) ? METRIC_CATALOG[name] : undefined;
}

/** "Label (unit)" for axes and table headers. */
export function metricAxisLabel(name: string): string {
  const metric = findMetric(name);
  if (!metric) return name;
  return metric.unit ? `${metric.label} (${metric.unit})` : metric.label;
}
