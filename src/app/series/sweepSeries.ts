// Prepares a sweep for the chart: one metric against the swept parameter, with the Monte Carlo P10-P90 band
// when the engine reported one and, given the parameters, the wider band with the model's own measured error.
// Reads results; computes nothing about the model.
import { findParam, type Params } from '../../core/params/table';
import { metricAxisTitle, metricInfo } from '../format/metricInfo';
import type { SweepPoint } from '../store/resultsSlice';
import { type ModelBandSeries, modelBandSeries } from './modelBandSeries';

/** A sweep ready to draw. Values are in the units the titles name. */
export interface SweepSeries {
  x: number[];
  /** Analytic (expected-value) metric per point; null (a gap) where the engine gave no finite value or the configuration cannot run. */
  y: (number | null)[];
  /** Monte Carlo P10 and P90 per point, or null when the metric has no band. */
  band: { p10: (number | null)[]; p90: (number | null)[] } | null;
  /** P10-P90 with the model's error of the metric's area, or null without parameters or a measured area. */
  modelBand: ModelBandSeries | null;
  xTitle: string;
  yTitle: string;
  /** Units of x and y as the parameter table and the metric catalog give them ("s", "fraction", "tokens/s"). */
  xUnit: string;
  yUnit: string;
  xLog: boolean;
  /** Log y when every value is positive and they span more than two decades. */
  yLog: boolean;
}

const finiteOrNull = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/** Axis title of a parameter path from its table row, e.g. "Round-trip time (ms)". */
export function paramAxisTitle(path: string): string {
  const row = findParam(path);
  if (!row) return path;
  return row.spec.kind === 'number' ? `${row.spec.label} (${row.spec.unit})` : row.spec.label;
}

/** Whether values need a log axis: every one positive and together spanning more than two decades. */
export function spansDecades(values: readonly (number | null)[]): boolean {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0 || present.some((value) => value <= 0)) return false;
  return Math.log10(Math.max(...present) / Math.min(...present)) > 2;
}

/** The series of `metric` along the sweep over `path`. */
export function sweepSeries(
  points: readonly SweepPoint[],
  path: string,
  metric: string,
  params: Params | null = null,
): SweepSeries {
  const spec = findParam(path)?.spec;
  // A configuration that cannot run (does not fit in memory, breaks a physical limit) is a gap, not a point.
  const plotted = (point: SweepPoint, value: number | undefined) =>
    point.result.feasible ? finiteOrNull(value) : null;
  const y = points.map((point) => plotted(point, point.result.metrics[metric]));
  const hasBand = points.length > 0 && points.every((point) => point.result.bands[metric] !== undefined);
  const band = hasBand
    ? {
        p10: points.map((point) => plotted(point, point.result.bands[metric]?.p10)),
        p90: points.map((point) => plotted(point, point.result.bands[metric]?.p90)),
      }
    : null;
  const present = y.filter((value): value is number => value !== null);
  const positive = present.length > 0 && present.every((value) => value > 0);
  const spanDecades = positive ? Math.log10(Math.max(...present) / Math.min(...present)) : 0;
  return {
    x: points.map((point) => point.value),
    y,
    band,
    modelBand: params && points.length > 0 ? modelBandSeries(points, path, metric, params) : null,
    xTitle: paramAxisTitle(path),
    yTitle: metricAxisTitle(metric),
    xUnit: spec?.kind === 'number' ? spec.unit : '',
    yUnit: metricInfo(metric).unit,
    xLog: spec?.kind === 'number' && spec.scale === 'log' && spec.min > 0,
    yLog: positive && spanDecades > 2,
  };
}
