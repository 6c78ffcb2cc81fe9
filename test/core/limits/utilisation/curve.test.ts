// The latency-wall utilisation curve: its ceiling, its mechanism (per-matmul latency, network delays,
// critical batch) and the largest feasible run.
import { describe, expect, it } from 'vitest';
import {
  curveUtilisationFraction,
  largestFeasibleRunFlop,
} from '../../../../src/core/limits/utilisation/curve';
import { curveModelShape } from '../../../../src/core/limits/utilisation/modelShape';
import { curveStep } from '../../../../src/core/limits/utilisation/stepTime';
import { defaultParams } from '../../../../src/core/params/table';

const limits = { ...defaultParams().limits, runDurationDays: 91.3125 };
const split = {
  tensorFeedForwardCount: 16,
  tensorModelCount: 8,
  pipelineStageCount: 32,
  dataParallelCount: 1024,
};
const model = curveModelShape(1.5e28, limits);

describe('model shape', () => {
  it('is compute-optimal: 6 N D = C with D = 20 N, and the critical batch grows as C^(1/6)', () => {
    expect(6 * model.parameterCount * model.tokenCount).toBeCloseTo(1.5e28, -15);
    const bigger = curveModelShape(1.5e28 * 64, limits);
    expect(bigger.batchTokensCount / model.batchTokensCount).toBeCloseTo(2, 10);
  });

  it('has two d_model x d_ff matmuls per layer', () => {
    const perLayer = 2 * model.modelWidthCount * model.feedForwardWidthCount;
    expect(perLayer * model.layerCount).toBeCloseTo(model.parameterCount, -3);
  });
});

describe('step of a split', () => {
  it('never beats the matmul efficiency ceiling', () => {
    const step = curveStep(split, model, limits);
    expect(step.utilisationFraction).toBeLessThanOrEqual(limits.achievableMatmulFraction);
    expect(step.utilisationFraction).toBeGreaterThan(0.3);
  });

  it('gets slower with a longer per-matmul latency and with slower network hops', () => {
    const base = curveStep(split, model, limits).stepS;
    expect(curveStep(split, model, { ...limits, matmulLatencyUs: 45 }).stepS).toBeGreaterThan(base);
    const oneFOneB = { ...limits, pipelineSchedule: '1f1b' as const };
    expect(curveStep(split, model, { ...oneFOneB, networkHopLatencyUs: 50 }).stepS).toBeGreaterThan(
      curveStep(split, model, oneFOneB).stepS,
    );
  });

  it('loses the bubble under 1F1B that the zero-bubble schedule fills', () => {
    const zeroBubble = curveStep(split, model, limits);
    const oneFOneB = curveStep(split, model, { ...limits, pipelineSchedule: '1f1b' });
    expect(oneFOneB.utilisationFraction).toBeLessThan(zeroBubble.utilisationFraction);
  });
});

describe('utilisation curve', () => {
  it('sits at the matmul ceiling for small runs and is zero past the wall', () => {
    expect(curveUtilisationFraction(1e25, limits)).toBeGreaterThan(0.69);
    const wall = largestFeasibleRunFlop(limits);
    expect(curveUtilisationFraction(wall * 1.1, limits)).toBe(0);
    expect(curveUtilisationFraction(wall / 1.1, limits)).toBeGreaterThan(0);
  });

  it('moves the wall out with a lower per-matmul latency', () => {
    const faster = largestFeasibleRunFlop({ ...limits, matmulLatencyUs: 0.45 });
    expect(faster).toBeGreaterThan(largestFeasibleRunFlop(limits));
  });
});
