// `limits.backwardWaitOverlap`: whether a lone micro-batch's backward waits are filled by its weight-gradient
// passes (zero bubble, the default) or all paid (Erdil and Schneider-Joseph's code), issue 11.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveModelShape } from '../../../../src/core/limits/utilisation/modelShape';
import { curveStep } from '../../../../src/core/limits/utilisation/stepTime';
import { defaultParams } from '../../../../src/core/params/table';
import { PIPELINE_SCHEDULES } from '../../../../src/core/workloads/training/pipelineSchedules';

const defaults = { ...defaultParams().limits, runDurationDays: 91.3125 };
/** Relative slack for floating-point rounding between two sums of the same terms in another order. */
const ROUNDING_RELATIVE = 1e-12;

/** One stage and one replica: zero bubble runs 2p - 1 = 1 micro-batch, and no data-parallel delays. */
const loneSplit = {
  tensorFeedForwardCount: 64,
  tensorModelCount: 64,
  pipelineStageCount: 1,
  dataParallelCount: 1,
};

describe('backward waits of a lone micro-batch', () => {
  it('paying every wait never gives a shorter step than filling them', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 24, max: 32, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        // One stage, 1 to 2 micro-batches (where the rules interpolate), or deeper pipelines.
        fc.oneof(
          fc.constant(1),
          fc.double({ min: 1, max: 1.5, noNaN: true }),
          fc.double({ min: 1, max: 8, noNaN: true }),
        ),
        fc.double({ min: 0, max: 7, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.constantFrom(...PIPELINE_SCHEDULES),
        fc.constantFrom('continuous' as const, 'whole' as const),
        fc.constantFrom('roofline' as const, 'tensor-core-tiles' as const),
        (logFlop, logFfn, logWidth, stages, logReplicas, hopUs, matmulUs, schedule, granularity, tiling) => {
          const limits = {
            ...defaults,
            networkHopLatencyUs: hopUs,
            matmulLatencyUs: matmulUs,
            pipelineSchedule: schedule,
            splitGranularity: granularity,
            matmulTiling: tiling,
          };
          const model = curveModelShape(10 ** logFlop, limits);
          const round = (count: number): number => (granularity === 'whole' ? Math.round(count) : count);
          const split = {
            tensorFeedForwardCount: round(10 ** logFfn),
            tensorModelCount: round(10 ** logWidth),
            pipelineStageCount: round(stages),
            dataParallelCount: round(10 ** logReplicas),
          };
          const filled = curveStep(split, model, limits).stepS;
          const paid = curveStep(split, model, { ...limits, backwardWaitOverlap: 'none' }).stepS;
          expect(paid).toBeGreaterThanOrEqual(filled * (1 - ROUNDING_RELATIVE));
        },
      ),
      {
        numRuns: 200,
        seed: 11,
        examples: [
          [31.5, 4, 4, 1, 6, 1.125, 4.5, 'zero-bubble', 'whole', 'roofline'],
          // Slow hops, fast matmuls: the forward waits alone outlast the matmuls. Failed while the filled
          // step also kept the whole chain of waits as a bound beside the forward waits it had already paid.
          [26, 4, 4, 1, 3, 100, 0.5, 'zero-bubble', 'continuous', 'roofline'],
        ],
      },
    );
  });

  it('with one stage, paying every wait gives the 1F1B step (every wait on the step), longer than filling', () => {
    const model = curveModelShape(4e31, defaults);
    const paid = curveStep(loneSplit, model, { ...defaults, backwardWaitOverlap: 'none' }).stepS;
    const oneForwardOneBackward = curveStep(loneSplit, model, {
      ...defaults,
      pipelineSchedule: '1f1b',
    }).stepS;
    expect(paid).toBeCloseTo(oneForwardOneBackward, 12);
    expect(paid).toBeGreaterThan(curveStep(loneSplit, model, defaults).stepS);
  });

  it('changes nothing once other micro-batches are in flight (two or more stages under zero bubble)', () => {
    const model = curveModelShape(4e31, defaults);
    const split = { ...loneSplit, pipelineStageCount: 4 };
    const paid = curveStep(split, model, { ...defaults, backwardWaitOverlap: 'none' }).stepS;
    expect(paid).toBe(curveStep(split, model, defaults).stepS);
  });
});
