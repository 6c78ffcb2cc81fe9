// Pareto frontier of a set of points under several objectives, each to be maximised.

/** An objective: a number to maximise (negate one to be minimised). */
export type Objective<T> = (item: T) => number;

/** Whether `a` dominates `b`: at least as good on every objective and strictly better on one. */
function dominates<T>(a: T, b: T, objectives: readonly Objective<T>[]): boolean {
  let strictlyBetter = false;
  for (const objective of objectives) {
    const valueA = objective(a);
    const valueB = objective(b);
    if (valueA < valueB) return false;
    if (valueA > valueB) strictlyBetter = true;
  }
  return strictlyBetter;
}

const finite = <T>(item: T, objectives: readonly Objective<T>[]): boolean =>
  objectives.every((objective) => Number.isFinite(objective(item)));

/**
 * For each item, whether no other item dominates it. Items with a non-finite objective (a job that cannot
 * run) are never on the frontier and dominate nothing. O(n²): the map has at most a few dozen points.
 */
export function frontierFlags<T>(items: readonly T[], objectives: readonly Objective<T>[]): boolean[] {
  const usable = items.filter((item) => finite(item, objectives));
  return items.map(
    (item) =>
      finite(item, objectives) &&
      !usable.some((other) => other !== item && dominates(other, item, objectives)),
  );
}
