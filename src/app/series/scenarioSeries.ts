// Prepares a scenario run for its chart: with a sweep, one line per variant (and per setting of any other
// axes) along the first axis; without one, one bar per variant. Reads results; computes nothing.

import { findParam } from '../../core/params/table';
import type { ScenarioRow } from '../../core/scenario/index';
import type { ScenarioRun } from '../../worker/protocol';
import { metricAxisTitle, metricInfo } from '../format/metricInfo';
import { paramAxisTitle } from './sweepSeries';

/** One line or set of bars. */
export interface ScenarioLine {
  label: string;
  x: Array<number | string>;
  y: Array<number | null>;
  /** Monte Carlo P10 / P90 per point, or null when the metric has no band. */
  band: { p10: Array<number | null>; p90: Array<number | null> } | null;
}

/** Everything the scenario chart draws. */
export interface ScenarioSeriesSet {
  kind: 'lines' | 'bars';
  lines: ScenarioLine[];
  xTitle: string;
  yTitle: string;
  /** The swept parameter's unit ("" for variants or a choice), for the hover text. */
  xUnit: string;
  /** The metric's unit (the catalog's), for the axis format. */
  yUnit: string;
  xLog: boolean;
}

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** Legend label of a variant id: its label in the scenario, or the id. */
export function variantLabel(run: ScenarioRun, variantId: string): string {
  return run.scenario.variants?.find((variant) => variant.id === variantId)?.label ?? run.scenario.title;
}

function lineOf(
  label: string,
  rows: readonly ScenarioRow[],
  metric: string,
  x: (row: ScenarioRow) => number | string,
) {
  const hasBand = rows.every((row) => row.result.bands[metric] !== undefined);
  return {
    label,
    x: rows.map(x),
    // A row that cannot run is a gap, not a point.
    y: rows.map((row) => (row.result.feasible ? finiteOrNull(row.result.metrics[metric]) : null)),
    band: hasBand
      ? {
          p10: rows.map((row) => finiteOrNull(row.result.bands[metric]?.p10)),
          p90: rows.map((row) => finiteOrNull(row.result.bands[metric]?.p90)),
        }
      : null,
  };
}

/** The chart series of `metric` for a scenario run. */
export function scenarioSeries(run: ScenarioRun, metric: string): ScenarioSeriesSet {
  const yTitle = metricAxisTitle(metric);
  const yUnit = metricInfo(metric).unit;
  const axes = run.scenario.sweep?.axes ?? [];
  const firstAxis = axes[0];
  if (!firstAxis) {
    const line = lineOf('', run.result.rows, metric, (row) => variantLabel(run, row.variant));
    return { kind: 'bars', lines: [line], xTitle: 'Variant', yTitle, xUnit: '', yUnit, xLog: false };
  }
  // In a zipped sweep every axis moves with the first, so the other axes do not split the lines.
  const otherPaths = run.scenario.sweep?.mode === 'zip' ? [] : axes.slice(1).map((axis) => axis.path);
  const groups = new Map<string, ScenarioRow[]>();
  for (const row of run.result.rows) {
    const others = otherPaths.map((path) => `${path}=${String(row.point[path])}`).join(', ');
    const key = [variantLabel(run, row.variant), others].filter((part) => part !== '').join(' · ');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const lines = [...groups.entries()].map(([label, rows]) =>
    lineOf(label, rows, metric, (row) => row.point[firstAxis.path] as number | string),
  );
  const spec = findParam(firstAxis.path)?.spec;
  const xs = lines.flatMap((line) => line.x);
  const xLog =
    spec?.kind === 'number' &&
    spec.scale === 'log' &&
    xs.every((value) => typeof value === 'number' && value > 0);
  const xUnit = spec?.kind === 'number' ? spec.unit : '';
  return { kind: 'lines', lines, xTitle: paramAxisTitle(firstAxis.path), yTitle, xUnit, yUnit, xLog };
}

/** Metric names reported by every row of a run, sorted. */
export function runMetricNames(run: ScenarioRun): string[] {
  const first = run.result.rows[0];
  if (!first) return [];
  return Object.keys(first.result.metrics).sort();
}

/** The metric a scenario is about: the one its first assertion checks, else throughput. */
export function defaultScenarioMetric(run: ScenarioRun): string {
  return run.scenario.expect?.[0]?.metric ?? 'throughputTokensPerS';
}
