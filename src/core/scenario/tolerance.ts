// The interval of model values a `matches` tolerance accepts around a published figure.

import { pow } from '../math/index';
import { formatNumber } from './formatNumber';
import type { Assertion } from './types';

/** A `matches` tolerance. */
export type Tolerance = Extract<Assertion, { type: 'matches' }>['tolerance'];

/** Accepted model values [low, high]; undefined when the tolerance needs a published value that is missing or not positive. */
export function acceptedInterval(
  tolerance: Tolerance,
  published: number | undefined,
): [number, number] | undefined {
  if ('range' in tolerance) return [tolerance.range[0], tolerance.range[1]];
  if (published === undefined) return undefined;
  if ('absolute' in tolerance) return [published - tolerance.absolute, published + tolerance.absolute];
  const around = (low: number, high: number): [number, number] => [Math.min(low, high), Math.max(low, high)];
  if ('relative' in tolerance)
    return around(published * (1 - tolerance.relative), published * (1 + tolerance.relative));
  if (published <= 0) return undefined;
  if ('factor' in tolerance) return [published / tolerance.factor, published * tolerance.factor];
  return [published * pow(10, -tolerance.orders), published * pow(10, tolerance.orders)];
}

/** A tolerance in words, e.g. "within ±0.03", "within a factor of 2", "between 1e22 and 1e23". */
export function describeTolerance(tolerance: Tolerance): string {
  if ('absolute' in tolerance) return `within ±${formatNumber(tolerance.absolute)}`;
  if ('relative' in tolerance) return `within ±${formatNumber(tolerance.relative * 100)}%`;
  if ('factor' in tolerance) return `within a factor of ${formatNumber(tolerance.factor)}`;
  if ('orders' in tolerance) return `within ${formatNumber(tolerance.orders)} orders of magnitude`;
  return `between ${formatNumber(tolerance.range[0])} and ${formatNumber(tolerance.range[1])}`;
}
