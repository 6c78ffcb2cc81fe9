// Expands a sweep into its points: each axis into its values (explicit, or evenly spaced on a linear or log
// scale, whole-number parameters rounded and repeats dropped), then the axes into points (grid or zip).

import { log10, pow } from '../math/index';
import { findParam } from '../params/table';
import type { ParamScalar } from './paramSchema';
import type { Scenario } from './types';

type Sweep = NonNullable<Scenario['sweep']>;
type Axis = Sweep['axes'][number];

/** One point of a sweep: a value for each axis path, in axis order. */
export type SweepPoint = Record<string, ParamScalar>;

/**
 * Significant digits kept in generated values, so that floating-point noise does not leak into the points
 * (a log sweep from 1000 to 1e6 gives 10000, not 9999.99999999999) and a `where` can name them exactly.
 */
export const GENERATED_SIGNIFICANT_DIGITS = 12;

function spacedValues(from: number, to: number, steps: number, scale: 'linear' | 'log'): number[] {
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, index) => {
    if (index === 0) return from;
    if (index === steps - 1) return to;
    const position = index / (steps - 1);
    const value =
      scale === 'log'
        ? pow(10, log10(from) + (log10(to) - log10(from)) * position)
        : from + (to - from) * position;
    return Number(value.toPrecision(GENERATED_SIGNIFICANT_DIGITS));
  });
}

/** The values of one axis, in order. Assumes a validated axis. */
export function axisValues(axis: Axis): ParamScalar[] {
  if (axis.values) return [...axis.values];
  const spec = findParam(axis.path)?.spec;
  if (spec?.kind !== 'number') return [];
  const scale = axis.scale ?? spec.scale;
  const values = spacedValues(axis.from ?? spec.min, axis.to ?? spec.max, axis.steps ?? 1, scale);
  if (!spec.integer) return values;
  return [...new Set(values.map((value) => Math.round(value)))];
}

/** Lengths of the axes, for the zip-mode check. */
export function axisLengths(sweep: Sweep): number[] {
  return sweep.axes.map((axis) => axisValues(axis).length);
}

function gridPoints(axes: ReadonlyArray<{ path: string; values: ParamScalar[] }>): SweepPoint[] {
  return axes.reduce<SweepPoint[]>(
    (points, axis) =>
      points.flatMap((point) => axis.values.map((value) => ({ ...point, [axis.path]: value }))),
    [{}],
  );
}

function zipPoints(axes: ReadonlyArray<{ path: string; values: ParamScalar[] }>): SweepPoint[] {
  const length = Math.min(...axes.map((axis) => axis.values.length));
  return Array.from({ length }, (_, index) =>
    Object.fromEntries(axes.map((axis) => [axis.path, axis.values[index] as ParamScalar])),
  );
}

/**
 * Every point of a sweep, in order: grid mode varies the last axis fastest (first axis outermost); zip mode
 * takes the i-th value of every axis together. No sweep gives one empty point.
 */
export function sweepPoints(sweep: Scenario['sweep']): SweepPoint[] {
  if (!sweep) return [{}];
  const axes = sweep.axes.map((axis) => ({ path: axis.path, values: axisValues(axis) }));
  return sweep.mode === 'zip' ? zipPoints(axes) : gridPoints(axes);
}

/** How many points a sweep has, without building them. */
export function sweepPointCount(sweep: Scenario['sweep']): number {
  if (!sweep) return 1;
  const lengths = axisLengths(sweep);
  return sweep.mode === 'zip' ? Math.min(...lengths) : lengths.reduce((product, n) => product * n, 1);
}
