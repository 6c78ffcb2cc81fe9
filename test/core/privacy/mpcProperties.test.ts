// Invariants of the MPC cost model over random valid jobs and every protocol preset: a faster link (more
// bandwidth, shorter round trip) never slows secure computation; more tokens never make it faster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { findParam, setParams } from '../../../src/core/params/table';
import { MPC_PROTOCOL_IDS } from '../../../src/core/privacy/mpc/protocols';
import { validJob } from './arbitraries';

const RUN_COUNT = 80;
/** Relative slack for floating-point round-off. */
const ROUND_OFF = 1e-9;
/** The table's top link speed: a faster link is capped there, never below the drawn one. */
const LINK_MAX_MBPS = (() => {
  const spec = findParam('network.uploadMbps')?.spec;
  if (spec?.kind !== 'number') throw new Error('network.uploadMbps is not a number parameter');
  return spec.max;
})();

const secureTime = (params: Parameters<typeof evaluateAnalytic>[0]): number => {
  const value = evaluateAnalytic(params).result.metrics.securePassTimeS;
  if (value === undefined) throw new Error('MPC reported no securePassTimeS');
  return value;
};

const mpcJob = fc
  .tuple(validJob(fc.constant('mpc'), fc.constant('none')), fc.constantFrom(...MPC_PROTOCOL_IDS))
  .map(([params, protocol]) => setParams(params, { 'mpc.protocol': protocol }));

describe('MPC over random jobs and every protocol', () => {
  it('never gets slower on a link with more bandwidth and a shorter round trip', () => {
    fc.assert(
      fc.property(
        mpcJob,
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (params, bandwidthGainRatio, rttShrinkFraction) => {
          const slow = secureTime(params);
          const fast = secureTime(
            setParams(params, {
              'network.uploadMbps': Math.min(LINK_MAX_MBPS, params.network.uploadMbps * bandwidthGainRatio),
              'network.downloadMbps': Math.min(
                LINK_MAX_MBPS,
                params.network.downloadMbps * bandwidthGainRatio,
              ),
              'network.rttMs': params.network.rttMs * rttShrinkFraction,
            }),
          );
          expect(fast).toBeLessThanOrEqual(slow * (1 + ROUND_OFF));
        },
      ),
      { numRuns: RUN_COUNT },
    );
  });

  it('a slower link makes it strictly slower (the property above can fail)', () => {
    fc.assert(
      fc.property(mpcJob, (params) => {
        const base = secureTime(params);
        const slower = secureTime(
          setParams(params, {
            'network.uploadMbps': params.network.uploadMbps / 10,
            'network.downloadMbps': params.network.downloadMbps / 10,
          }),
        );
        expect(slower).toBeGreaterThan(base);
      }),
      { numRuns: RUN_COUNT / 4 },
    );
  });
});
