import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageShares } from '../../../src/core/topology/pipelinePlacement';

describe('stageShares', () => {
  it('gives equal devices equal shares', () => {
    const result = stageShares([
      { wholeModelS: 2, memoryCapFraction: 1 },
      { wholeModelS: 2, memoryCapFraction: 1 },
    ]);
    expect(result.feasible).toBe(true);
    expect(result.sharesFraction).toEqual([0.5, 0.5]);
  });

  it('gives a twice-as-fast device twice the layers', () => {
    const [fast, slow] = stageShares([
      { wholeModelS: 1, memoryCapFraction: 1 },
      { wholeModelS: 2, memoryCapFraction: 1 },
    ]).sharesFraction;
    expect(fast).toBeCloseTo(2 / 3, 12);
    expect(slow).toBeCloseTo(1 / 3, 12);
  });

  it('caps a fast device at what its memory holds and gives the rest to the others', () => {
    const result = stageShares([
      { wholeModelS: 1, memoryCapFraction: 0.25 },
      { wholeModelS: 4, memoryCapFraction: 1 },
      { wholeModelS: 4, memoryCapFraction: 1 },
    ]);
    expect(result.sharesFraction[0]).toBeCloseTo(0.25, 12);
    expect(result.sharesFraction[1]).toBeCloseTo(0.375, 12);
    expect(result.sharesFraction[2]).toBeCloseTo(0.375, 12);
  });

  it('is infeasible when the chain cannot hold the model', () => {
    const result = stageShares([
      { wholeModelS: 1, memoryCapFraction: 0.4 },
      { wholeModelS: 1, memoryCapFraction: 0.4 },
    ]);
    expect(result.feasible).toBe(false);
    expect(result.chainMemoryFraction).toBeCloseTo(0.8, 12);
  });

  it('always sums to one and respects every cap when feasible', () => {
    const stage = fc.record({
      wholeModelS: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      memoryCapFraction: fc.double({ min: 0.01, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(stage, { minLength: 1, maxLength: 12 }), (stages) => {
        const result = stageShares(stages);
        if (!result.feasible) return;
        const sum = result.sharesFraction.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 9);
        result.sharesFraction.forEach((share, index) => {
          expect(share).toBeLessThanOrEqual((stages[index]?.memoryCapFraction ?? 0) + 1e-12);
          expect(share).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
});
