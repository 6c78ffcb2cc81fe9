// Prepares the Compare view's tables: the key metrics of A and B with B/A, and the parameters that differ
// between the two configurations, with units. Reads results and the parameter table; computes no model.
import type { PointResult } from '../../core/engine/types';
import { optionName } from '../../core/names/optionNames';
import { getParam, PARAMETER_ROWS, type Params } from '../../core/params/table';
import { cornerFigures, TRIANGLE_CORNERS } from '../explore/triangleReadout';
import { formatSignificant, formatWithUnit } from '../format/formatNumber';
import { metricInfo } from '../format/metricInfo';
import { tidyValueText } from '../params/parseValue';

/** One metric of the comparison. */
export interface CompareRow {
  metric: string;
  label: string;
  aText: string;
  bText: string;
  /** B / A as text ("—" when either is not a finite number or A is 0). */
  ratioText: string;
  /** Which configuration does better on this metric, by the catalog's "better" direction. */
  verdict: 'A better' | 'B better' | 'same' | '';
  /** The kept configurations' values (C, D), in order. */
  otherTexts: string[];
}

const verdictOf = (metric: string, a: number, b: number): CompareRow['verdict'] => {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return '';
  if (a === b) return 'same';
  const better = metricInfo(metric).better;
  if (better === 'neither') return '';
  return b > a === (better === 'higher') ? 'B better' : 'A better';
};

/**
 * The key metrics (the triangle readout's, then the trilemma corner's) reported for A or B, in readout order,
 * those that differ first.
 */
export function compareRows(
  a: PointResult,
  b: PointResult,
  others: readonly PointResult[] = [],
): CompareRow[] {
  const names = [
    ...TRIANGLE_CORNERS.flatMap((corner) => [
      ...cornerFigures(a, corner).map((figure) => figure.metric),
      ...cornerFigures(b, corner).map((figure) => figure.metric),
    ]),
    ...[...Object.keys(a.metrics), ...Object.keys(b.metrics)].filter(
      (metric) => metricInfo(metric).corner === 'trilemma',
    ),
  ];
  return [...new Set(names)]
    .filter((metric) => a.metrics[metric] !== undefined || b.metrics[metric] !== undefined)
    .map((metric) => {
      const info = metricInfo(metric);
      const aValue = a.metrics[metric] ?? Number.NaN;
      const bValue = b.metrics[metric] ?? Number.NaN;
      const ratio = bValue / aValue;
      const text = (value: number | undefined) =>
        value === undefined || Number.isNaN(value) ? '—' : formatWithUnit(value, info.unit);
      return {
        otherTexts: others.map((other) => text(other.metrics[metric])),
        metric,
        label: info.label,
        aText: Number.isNaN(aValue) ? '—' : formatWithUnit(aValue, info.unit),
        bText: Number.isNaN(bValue) ? '—' : formatWithUnit(bValue, info.unit),
        ratioText: Number.isFinite(ratio) && aValue !== 0 ? `${formatSignificant(ratio)}×` : '—',
        verdict: verdictOf(metric, aValue, bValue),
      };
    })
    .sort((first, second) => Number(first.verdict === 'same') - Number(second.verdict === 'same'));
}

/** A parameter whose value differs between A and B. */
export interface ChangedAssumption {
  path: string;
  group: string;
  label: string;
  unit: string;
  aText: string;
  bText: string;
  /** The kept configurations' values (C, D), in order. */
  otherTexts: string[];
}

/** A parameter's value as people read it: an option by its name, a switch as on or off. */
function shownValue(path: string, value: number | string | boolean): string {
  if (typeof value === 'string') return optionName(path, value);
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return tidyValueText(value);
}

/** Every parameter whose value differs between any two of `a`, `b` and `others`, in table order. */
export function changedAssumptions(
  a: Params,
  b: Params,
  others: readonly Params[] = [],
): ChangedAssumption[] {
  return PARAMETER_ROWS.flatMap((row) => {
    const aValue = getParam(a, row.path);
    const bValue = getParam(b, row.path);
    const otherValues = others.map((other) => getParam(other, row.path));
    if (aValue === undefined || bValue === undefined) return [];
    if (aValue === bValue && otherValues.every((value) => value === aValue)) return [];
    return [
      {
        path: row.path,
        group: row.group,
        label: row.spec.label,
        unit: row.spec.kind === 'number' ? row.spec.unit : '',
        aText: shownValue(row.path, aValue),
        bText: shownValue(row.path, bValue),
        otherTexts: otherValues.map((value) => (value === undefined ? '—' : shownValue(row.path, value))),
      },
    ];
  });
}
