// Property of the latency-wall curve (issue 11): utilisation never rises with training compute once runs
// are large enough for the curve to bend; below that it sits at the matmul ceiling, where a bigger model's
// larger matmuls amortise the fixed per-matmul latency very slightly better (rises of up to 2e-5 between
// 1e24 and 3e25 FLOP). The example at 3e30 FLOP over 3 months failed while tensor splits were powers of
// sqrt 2 of the ways rather than of the per-GPU share (a bigger model could not reach a smaller one's shards).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveUtilisationFraction } from '../../../../src/core/limits/utilisation/curve';
import { defaultParams } from '../../../../src/core/params/table';

const defaults = defaultParams().limits;
/** Each case searches two curves (about a second each on a loaded machine), so few cases. */
const CASES_COUNT = 8;

describe('latency-wall utilisation curve', () => {
  it('never rises with training compute from 1e26 FLOP on, whatever the run length', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 26, max: 32, noNaN: true }),
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        fc.integer({ min: 30, max: 400 }),
        (logFlop, stepOrders, runDurationDays) => {
          const limits = { ...defaults, runDurationDays };
          const smaller = curveUtilisationFraction(10 ** logFlop, limits);
          const larger = curveUtilisationFraction(10 ** (logFlop + stepOrders), limits);
          expect(larger).toBeLessThanOrEqual(smaller);
        },
      ),
      { numRuns: CASES_COUNT, seed: 11, examples: [[30.25, 0.25, 91]] },
    );
  });

  it('below 1e26 FLOP stays within 0.002 of the matmul ceiling (bigger matmuls, same latency)', () => {
    const ceiling = defaults.achievableMatmulFraction;
    for (const logFlop of [23, 24, 25]) {
      const utilisation = curveUtilisationFraction(10 ** logFlop, defaults);
      expect(utilisation).toBeLessThanOrEqual(ceiling);
      expect(ceiling - utilisation).toBeLessThan(2e-3);
    }
  });
});
