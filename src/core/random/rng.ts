// The one wrapper around seedrandom. A generator is a value passed in, never a global, and seeds for each
// sweep point, run and random process are derived from the scenario seed so results do not depend on order.
import seedrandom from 'seedrandom';

/** A seeded source of uniform numbers in [0, 1). */
export interface Rng {
  /** Next uniform draw in [0, 1). */
  next(): number;
}

/** Creates a generator from a string seed (Alea: fast, and identical in Node, browsers and workers). */
export function createRng(seed: string): Rng {
  const generator = seedrandom.alea(seed);
  return { next: () => generator() };
}

/** Derives a child seed from a parent seed and a path such as ("point", 3, "run", 17). */
export function deriveSeed(parentSeed: string, ...path: ReadonlyArray<string | number>): string {
  return [parentSeed, ...path].join('/');
}

/** A uniform draw in the open interval (0, 1), safe to pass to an inverse CDF. */
export function nextOpenUnit(rng: Rng): number {
  let value = rng.next();
  while (value <= 0) value = rng.next();
  return value;
}
