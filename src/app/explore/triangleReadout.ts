// Picks what the triangle readout shows for each corner from a point's results, using the metric catalog's
// corner of each metric. Pure: results in, rows to display out.
import type { PointResult } from '../../core/engine/types';
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
}

const figureOf = (result: PointResult, metric: string): ReadoutFigure | null => {
  const value = result.metrics[metric];
  if (value === undefined) return null;
  const info = metricInfo(metric);
  const band = result.bands[metric];
  const p10Text = band ? formatWithUnit(band.p10, info.unit) : '';
  const p90Text = band ? formatWithUnit(band.p90, info.unit) : '';
  return {
    metric,
    label: info.label,
    text: formatWithUnit(value, info.unit),
    bandText: band && p10Text !== p90Text ? `${p10Text} – ${p90Text}` : null,
    description: info.description,
  };
};

/** The figures of `corner`: the headlines for performance, every catalogued metric of the corner otherwise. */
export function cornerFigures(result: PointResult, corner: TriangleCorner): ReadoutFigure[] {
  const names =
    corner === 'performance'
      ? PERFORMANCE_HEADLINES
      : Object.keys(result.metrics).filter((name) => metricInfo(name).corner === corner);
  return names
    .map((name) => figureOf(result, name))
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
