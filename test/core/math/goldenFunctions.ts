// The functions covered by the math golden file (math.golden.json), by name. The unit test, the script that
// writes the file and the browser end-to-end case all evaluate these names on the file's inputs.
import { exp, expm1, log, log1p, log2, log10, pow, sinPi } from '../../../src/core/math/index';

/** Each golden function as a function of its argument list. */
export const GOLDEN_FUNCTIONS: Readonly<Record<string, (...args: number[]) => number>> = {
  exp: (x = Number.NaN) => exp(x),
  expm1: (x = Number.NaN) => expm1(x),
  log: (x = Number.NaN) => log(x),
  log1p: (x = Number.NaN) => log1p(x),
  log2: (x = Number.NaN) => log2(x),
  log10: (x = Number.NaN) => log10(x),
  pow: (x = Number.NaN, y = Number.NaN) => pow(x, y),
  sinPi: (x = Number.NaN) => sinPi(x),
};

/** One golden case: the arguments and the result, each as a float64 bit pattern in hex, plus a readable note. */
export interface GoldenCase {
  arguments: string[];
  result: string;
  approximately: string;
}

/** The golden file: cases per function name. */
export type GoldenFile = Record<string, GoldenCase[]>;

/** Where the golden file lives, relative to the repository root. */
export const GOLDEN_PATH = 'test/core/math/math.golden.json';
