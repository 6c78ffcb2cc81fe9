// Invariants of zero-knowledge proving over random valid jobs and every proof system: a larger model never
// proves faster with the same prover and hardware; faster prover hardware never proves slower.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { setParams } from '../../../src/core/params/table';
import { ZK_PROOF_SYSTEM_IDS } from '../../../src/core/verification/zk/catalogue';
import { validJob } from '../privacy/arbitraries';

const RUN_COUNT = 80;
/** Relative slack for floating-point round-off. */
const ROUND_OFF = 1e-9;

const provingTime = (params: Parameters<typeof evaluateAnalytic>[0]): number => {
  const value = evaluateAnalytic(params).result.metrics.provingTimeS;
  if (value === undefined) throw new Error('zero-knowledge reported no provingTimeS');
  return value;
};

const zkJob = fc
  .tuple(
    validJob(fc.constant('none'), fc.constant('zero-knowledge')),
    fc.constantFrom(...ZK_PROOF_SYSTEM_IDS),
  )
  .map(([params, system]) => setParams(params, { 'zk.proofSystem': system }));

describe('zero-knowledge proving over random jobs and every proof system', () => {
  it('never proves a larger model faster (more parameters, layers and width)', () => {
    fc.assert(
      fc.property(zkJob, fc.double({ min: 1, max: 4, noNaN: true }), (params, growthRatio) => {
        const { parameterCount, layerCount, hiddenSize } = params.model;
        const larger = setParams(params, {
          'model.parameterCount': Math.min(1e13, parameterCount * growthRatio),
          'model.layerCount': Math.min(1000, Math.round(layerCount * Math.sqrt(growthRatio))),
          'model.hiddenSize': Math.min(1e5, Math.round(hiddenSize * Math.sqrt(growthRatio))),
        });
        expect(provingTime(larger)).toBeGreaterThanOrEqual(provingTime(params) * (1 - ROUND_OFF));
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('a larger model proves strictly slower on a whole-model prover (the property above can fail)', () => {
    fc.assert(
      fc.property(zkJob, (params) => {
        const whole = setParams(params, { 'zk.proofSystem': 'zkllm-gpu' });
        const larger = setParams(whole, {
          'model.parameterCount': Math.min(1e13, whole.model.parameterCount * 2),
        });
        expect(provingTime(larger)).toBeGreaterThan(provingTime(whole));
      }),
      { numRuns: RUN_COUNT / 4 },
    );
  });

  it('never proves slower on faster prover hardware', () => {
    fc.assert(
      fc.property(zkJob, fc.double({ min: 1, max: 100, noNaN: true }), (params, speedup) => {
        const faster = setParams(params, {
          'zk.proverSpeedupRatio': Math.min(1000, params.zk.proverSpeedupRatio * speedup),
        });
        expect(provingTime(faster)).toBeLessThanOrEqual(provingTime(params) * (1 + ROUND_OFF));
      }),
      { numRuns: RUN_COUNT / 2 },
    );
  });
});
