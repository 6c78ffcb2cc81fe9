// Turns an assertion into its opposite claims: the directions of a trend reversed, a bound moved to the other
// side. Used to show that every assertion of the claim scenarios could fail: each opposite must fail.
import type { Assertion } from '../../src/core/scenario/types';

type Trend = Extract<Assertion, { type: 'trend' }>;
type Bounded = Extract<Assertion, { type: 'threshold' | 'ratio' }>;

/** The opposite directions of each trend direction (every one of them must fail). */
const OPPOSITE_DIRECTIONS: Readonly<Record<Trend['direction'], readonly Trend['direction'][]>> = {
  increasing: ['decreasing'],
  decreasing: ['increasing'],
  'non-decreasing': ['decreasing'],
  'non-increasing': ['increasing'],
  flat: ['increasing', 'decreasing'],
};

/** A bound moved just past itself, so a value sitting exactly on the original bound also fails the flip. */
function justBelow(bound: number): number {
  return bound - Math.max(Math.abs(bound) * 1e-12, Number.MIN_VALUE);
}
function justAbove(bound: number): number {
  return bound + Math.max(Math.abs(bound) * 1e-12, Number.MIN_VALUE);
}

function flipBounds(assertion: Bounded): Assertion[] {
  const { min, max, ...rest } = assertion;
  const flipped: Assertion[] = [];
  if (min !== undefined) flipped.push({ ...rest, max: justBelow(min) } as Assertion);
  if (max !== undefined) flipped.push({ ...rest, min: justAbove(max) } as Assertion);
  return flipped;
}

/** The opposite claims of an assertion; each must fail where the original passes. */
export function flipAssertion(assertion: Assertion): Assertion[] {
  switch (assertion.type) {
    case 'trend':
      return OPPOSITE_DIRECTIONS[assertion.direction].map((direction) => ({ ...assertion, direction }));
    case 'threshold':
    case 'ratio':
      return flipBounds(assertion);
    case 'matches':
      throw new Error('matches assertions are calibration checks; the claim scenarios do not use them');
  }
}
