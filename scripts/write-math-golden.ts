// Writes test/core/math/math.golden.json: exact float64 bit patterns of src/core/math's results for ~50 inputs
// per function. Run once, and again only after a deliberate change to those functions; the unit test and the
// browser end-to-end case check every engine against it. Run: npx tsx scripts/write-math-golden.ts
import { writeFileSync } from 'node:fs';
import { pow } from '../src/core/math/index';
import { createRng, type Rng } from '../src/core/random/rng';
import { toHex } from '../test/core/math/bitPatterns';
import {
  GOLDEN_FUNCTIONS,
  GOLDEN_PATH,
  type GoldenCase,
  type GoldenFile,
} from '../test/core/math/goldenFunctions';

/** Inputs every unary function sees: special values, signed zeros, subnormals and extremes. */
const SPECIAL_INPUTS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  1,
  -1,
  0.5,
  2,
  10,
  Number.MIN_VALUE,
  2.2250738585072014e-308,
  Number.MAX_VALUE,
  1e-300,
  -1e-300,
  1e-17,
  Number.EPSILON,
  1 + Number.EPSILON,
  1 - Number.EPSILON / 2,
];
/** Random inputs per unary function (about 50 cases each with the specials). */
const RANDOM_INPUT_COUNT = 32;
/** Random (x, y) pairs for pow, besides its special pairs. */
const RANDOM_POW_COUNT = 30;

/** A draw uniform in [low, high). */
const uniform = (rng: Rng, low: number, high: number): number => low + (high - low) * rng.next();

/** Input generators per unary function: the ranges where each does its work. */
const RANDOM_INPUTS: Record<string, (rng: Rng) => number> = {
  exp: (rng) => uniform(rng, -745, 709.7),
  expm1: (rng) => (rng.next() < 0.5 ? uniform(rng, -1, 1) : uniform(rng, -50, 700)),
  log: (rng) => pow(10, uniform(rng, -320, 308)),
  log1p: (rng) => (rng.next() < 0.5 ? uniform(rng, -1, 1) : pow(10, uniform(rng, -20, 300))),
  log2: (rng) => pow(10, uniform(rng, -320, 308)),
  log10: (rng) => pow(10, uniform(rng, -320, 308)),
  sinPi: (rng) => uniform(rng, -1000, 1000),
};

/** Special (x, y) pairs for pow: every clause of ECMAScript's Number::exponentiate and exact integer cases. */
function powSpecialPairs(): number[][] {
  const infinity = Number.POSITIVE_INFINITY;
  const bases = [Number.NaN, 0, -0, 1, -1, -2, 0.5, infinity, -infinity];
  const exponents = [Number.NaN, -0, 3, -3, 0.5, infinity, -infinity];
  const pairs = bases.flatMap((x) => exponents.map((y) => [x, y]));
  return [...pairs, [10, 15], [2, -1074], [2, 1023], [3, 40], [-3, 41], [1.0000001, 1e9], [0.999, -7e5]];
}

function goldenCase(name: string, args: number[]): GoldenCase {
  const result = (GOLDEN_FUNCTIONS[name] ?? (() => Number.NaN))(...args);
  return {
    arguments: args.map(toHex),
    result: toHex(result),
    approximately: `${name}(${args.map(String).join(', ')}) = ${String(result)}`,
  };
}

const rng = createRng('math-golden');
const golden: GoldenFile = {};
for (const [name, draw] of Object.entries(RANDOM_INPUTS)) {
  const inputs = [...SPECIAL_INPUTS, ...Array.from({ length: RANDOM_INPUT_COUNT }, () => draw(rng))];
  golden[name] = inputs.map((x) => goldenCase(name, [x]));
}
const powPairs = [
  ...powSpecialPairs(),
  ...Array.from({ length: RANDOM_POW_COUNT }, () => [uniform(rng, 0, 100), uniform(rng, -20, 20)]),
];
golden.pow = powPairs.map((pair) => goldenCase('pow', pair));
// Argument lists on one line, as the formatter (biome) keeps them.
const text = JSON.stringify(golden, null, 2).replace(
  /\[\s+("[0-9a-f]+")(?:,\s+("[0-9a-f]+"))?\s+\]/g,
  (_, first, second) => (second ? `[${first}, ${second}]` : `[${first}]`),
);
writeFileSync(GOLDEN_PATH, `${text}\n`);
console.log(`wrote ${GOLDEN_PATH}`);
