// Browser entry of the math golden check: evaluates src/core/math's golden functions on hex-encoded inputs and
// returns hex results. mathBundle.ts bundles this file (and so the same core source) for a page or a worker.
import { fromHex, toHex } from '../core/math/bitPatterns';
import { GOLDEN_FUNCTIONS } from '../core/math/goldenFunctions';

/** Argument lists per function name, each argument a float64 bit pattern in hex. */
export type GoldenInputs = Record<string, string[][]>;
/** Result bit patterns per function name, in the order of the inputs. */
export type GoldenResults = Record<string, string[]>;

/** Evaluates every golden input in this JavaScript engine. */
export function evaluateGolden(inputs: GoldenInputs): GoldenResults {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, argumentLists]) => {
      const evaluate = GOLDEN_FUNCTIONS[name] ?? (() => Number.NaN);
      return [name, argumentLists.map((args) => toHex(evaluate(...args.map(fromHex))))];
    }),
  );
}
