// Labels and units of metrics for the app, read from the core's metric catalog. A name the catalog does not
// know (a metric added without its entry) is shown as the bare name, so nothing is invented here.
import { findMetric } from '../../core/metrics/catalog';
import type { MetricDefinition } from '../../core/metrics/types';
import { humaniseMessage } from '../../core/names/humanise';

/** How a metric is shown: label, unit and meaning. */
export interface MetricInfo {
  label: string;
  unit: string;
  description: string;
  corner: MetricDefinition['corner'] | null;
  better: MetricDefinition['better'];
}

/** The catalog entry of `name`, or a bare-name stand-in. */
export function metricInfo(name: string): MetricInfo {
  const metric = findMetric(name);
  if (!metric) return { label: name, unit: '', description: '', corner: null, better: 'neither' };
  return {
    label: metric.label,
    unit: metric.unit,
    description: humaniseMessage(metric.description),
    corner: metric.corner,
    better: metric.better,
  };
}

/** "Label (unit)" for axis titles and pickers. */
export function metricAxisTitle(name: string): string {
  const info = metricInfo(name);
  return info.unit ? `${info.label} (${info.unit})` : info.label;
}
