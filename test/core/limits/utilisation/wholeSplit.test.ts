// Whole-number splits and the waits a single micro-batch cannot fill.
import { describe, expect, it } from 'vitest';
import { curvePlanForFlop } from '../../../../src/core/limits/utilisation/curve';
import { curveModelShape } from '../../../../src/core/limits/utilisation/modelShape';
import { splitShares } from '../../../../src/core/limits/utilisation/splitShares';
import { curveStep } from '../../../../src/core/limits/utilisation/stepTime';
import { defaultParams } from '../../../../src/core/params/table';

const limits = { ...defaultParams().limits, runDurationDays: 91.3125 };
const whole = { ...limits, splitGranularity: 'whole' as const };
const model = curveModelShape(3e29, limits);

describe('whole-number splits', () => {
  it('time the fullest GPU: whole shares within one unit above the even share of the whole sizes', () => {
    const split = {
      tensorFeedForwardCount: 7,
      tensorModelCount: 3,
      pipelineStageCount: 13,
      dataParallelCount: 333,
    };
    const even = splitShares(split, model, 25, limits);
    const fullest = splitShares(split, model, 25, whole);
    for (const key of Object.keys(even) as Array<keyof typeof even>) {
      expect(Number.isInteger(fullest[key])).toBe(true);
      expect(fullest[key]).toBeGreaterThanOrEqual(Math.floor(even[key]));
      expect(fullest[key] - even[key]).toBeLessThan(1);
    }
  });

  it('give a plan of whole tensor ways, stages and replicas', () => {
    const split = curvePlanForFlop(3e29, whole)?.split;
    expect(split).toBeDefined();
    for (const count of Object.values(split ?? {})) expect(Number.isInteger(count)).toBe(true);
  });
});

describe('a zero-bubble step with one micro-batch', () => {
  it('pays its forward pass network waits: nothing else is in flight to fill them', () => {
    // One stage, so zero bubble runs 2p - 1 = 1 micro-batch; one replica, so no data-parallel delays.
    const split = {
      tensorFeedForwardCount: 64,
      tensorModelCount: 64,
      pipelineStageCount: 1,
      dataParallelCount: 1,
    };
    const slowerHops = { ...limits, networkHopLatencyUs: 2 * limits.networkHopLatencyUs };
    expect(curveStep(split, model, slowerHops).stepS).toBeGreaterThan(curveStep(split, model, limits).stepS);
  });
});
