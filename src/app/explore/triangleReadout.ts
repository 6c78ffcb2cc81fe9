// Picks what the triangle readout shows for each corner from a point's results, using the metric catalog's
// corner of each metric, with the model's track record in the metric's error area beside each figure. Pure:
// results in, rows to display out.
import type { ErrorAreaId } from '../../core/calibration/errorAreas';
import { modelErrorBand, trackRecordLine } from '../../core/calibration/modelErrorBand';
import type { PointResult } from '../../core/engine/types';
import type { Params } from '../../core/params/table';
import { formatWithUnit } from '../format/formatNumber';
import { metricInfo } from '../format/metricInfo';

/** The three corners of the decentralized-AI triangle. */
export const TRIANGLE_CORNERS = ['performance', 'verifiability', 'privacy'] as const;

/** One corner of the triangle. */
export type TriangleCorner = (typeof TRIANGLE_CORNERS)[number];

/** Headline performance metrics, in reading order (the rest of that corner stays in the sweep picker). */
const PERFORMANCE_HEADLINES = [
  'throughputTokensPerS',
  'utilizationFraction',
  'slowdownVsDatacentreRatio',
  'timeToFinishS',
  'costPerMillionTokensUsd',
];

/** One figure of a corner, formatted. */
export interface ReadoutFigure {
  metric: string;
  label: string;
  text: string;
  /** P10-P90 text when Monte Carlo reported a band, else null. */
  bandText: string | null;
  description: string;
  /** The model's track record in the figure's error area and its band with model error; null without an area. */
  modelError: { area: ErrorAreaId; trackRecord: string; bandText: string | null } | null;
}

const figureOf = (result: PointResult, metric: string, params: Params | null): ReadoutFigure | null => {
  const value = result.metrics[metric];
  if (value === undefined) return null;
  const info = metricInfo(metric);
  const band = result.bands[metric];
  const p10Text = band ? formatWithUnit(band.p10, info.unit) : '';
  const p90Text = band ? formatWithUnit(band.p90, info.unit) : '';
  const error = params ? modelErrorBand(metric, params, value, band) : undefined;
  const withError =
    error?.low != null && error.high != null
      ? `${formatWithUnit(error.low, info.unit)} – ${formatWithUnit(error.high, info.unit)}`
      : null;
  return {
    metric,
    label: info.label,
    text: formatWithUnit(value, info.unit),
    bandText: band && p10Text !== p90Text ? `${p10Text} – ${p90Text}` : null,
    description: info.description,
    modelError: error ? { area: error.area, trackRecord: trackRecordLine(error), bandText: withError } : null,
  };
};

/** The figures of `corner`: the headlines for performance, every catalogued metric of the corner otherwise. */
export function cornerFigures(
  result: PointResult,
  corner: TriangleCorner,
  params: Params | null = null,
): ReadoutFigure[] {
  const names =
    corner === 'performance'
      ? PERFORMANCE_HEADLINES
      : Object.keys(result.metrics).filter((name) => metricInfo(name).corner === corner);
  return names
    .map((name) => figureOf(result, name, params))
    .filter((figure): figure is ReadoutFigure => figure !== null);
}

/** "dataHiddenFrom" -> "Data hidden from": label keys are camelCase identifiers. */
export function labelTitle(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The category labels (trust assumptions, exposure) as [title, value], without the step label. */
export function categoryLabels(result: PointResult): Array<[string, string]> {
  return Object.entries(result.labels)
    .filter(([key]) => key !== 'stepLabel')
    .map(([key, value]) => [labelTitle(key), value]);
}
