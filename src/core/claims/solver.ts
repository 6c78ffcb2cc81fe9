import { exp, log as naturalLog } from '../math/index';
// A one-dimensional solver for "what value of this input makes the claim hold": a grid scan over the search
// range (in log space for log-scale inputs) finds where the claim flips between holding and failing, and
// bisection narrows the crossing nearest the starting value. Bisection needs no derivative and cannot diverge,
// which matters because model responses have kinks (max of compute and memory bounds, overlap of sync).

/** Grid points of the scan: 41 puts 5 points in each decade of an 8-decade bandwidth range. */
export const SOLVER_GRID_POINT_COUNT = 41;
/** Bisection steps: 100 halvings shrink any range below double precision. */
export const SOLVER_MAX_ITERATION_COUNT = 100;
/** Stop when the bracket is this small relative to the searched span (in the solver's coordinate). */
export const SOLVER_RELATIVE_TOLERANCE = 1e-12;

/** The search a solve runs over. */
export interface SolveRange {
  low: number;
  high: number;
  scale: 'linear' | 'log';
  integer: boolean;
  /** Where to look from: of several crossings, the one nearest this value is returned. */
  start: number;
}

/** What the solver found. */
export type SolveResult =
  | { status: 'crossing'; value: number; holdsWhen: 'at-least' | 'at-most' }
  | { status: 'holds-everywhere' }
  | { status: 'fails-everywhere' };

/** Maps between the input's value and the solver's coordinate (its logarithm for log scale). */
function coordinate(range: SolveRange) {
  const log = range.scale === 'log' && range.low > 0;
  return {
    to: (value: number) => (log ? naturalLog(value) : value),
    from: (position: number) => {
      const value = log ? exp(position) : position;
      const clamped = Math.min(range.high, Math.max(range.low, value));
      return range.integer ? Math.round(clamped) : clamped;
    },
  };
}

/**
 * Finds the input value at which `holds` flips. `holds(x)` says whether the claim holds with the input at x;
 * the returned value is on the side where it holds (so the claim holds at it), within the tolerance of the flip.
 */
export function solveForFlip(range: SolveRange, holds: (value: number) => boolean): SolveResult {
  const map = coordinate(range);
  const lowPosition = map.to(range.low);
  const highPosition = map.to(range.high);
  const gridPositions = Array.from(
    { length: SOLVER_GRID_POINT_COUNT },
    (_, index) => lowPosition + ((highPosition - lowPosition) * index) / (SOLVER_GRID_POINT_COUNT - 1),
  );
  const startPosition = map.to(Math.min(range.high, Math.max(range.low, range.start)));
  const positions = [...new Set([...gridPositions, startPosition])].sort((a, b) => a - b);
  const outcomes = positions.map((position) => holds(map.from(position)));
  if (outcomes.every(Boolean)) return { status: 'holds-everywhere' };
  if (!outcomes.some(Boolean)) return { status: 'fails-everywhere' };
  const brackets = positions.slice(1).flatMap((upper, index) => {
    const lower = positions[index] ?? upper;
    if (outcomes[index] === outcomes[index + 1]) return [];
    const distance = startPosition < lower ? lower - startPosition : Math.max(0, startPosition - upper);
    return [{ lower, upper, lowerHolds: outcomes[index] === true, distance }];
  });
  const nearest = brackets.reduce((best, bracket) => (bracket.distance < best.distance ? bracket : best));
  let { lower, upper } = nearest;
  const tolerance = SOLVER_RELATIVE_TOLERANCE * Math.max(Math.abs(highPosition - lowPosition), 1e-300);
  for (let step = 0; step < SOLVER_MAX_ITERATION_COUNT && upper - lower > tolerance; step += 1) {
    const middle = (lower + upper) / 2;
    if (range.integer && (map.from(middle) === map.from(lower) || map.from(middle) === map.from(upper)))
      break;
    if (holds(map.from(middle)) === nearest.lowerHolds) lower = middle;
    else upper = middle;
  }
  const value = map.from(nearest.lowerHolds ? lower : upper);
  return { status: 'crossing', value, holdsWhen: nearest.lowerHolds ? 'at-most' : 'at-least' };
}
