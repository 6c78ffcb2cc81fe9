// Pipeline schedules: the bubble and activation memory of GPipe, 1F1B, interleaved 1F1B and zero bubble.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activationsHeldMicroBatchCount,
  criticalPathHopCount,
  minimumMicroBatchCount,
  PIPELINE_SCHEDULES,
  pipelineBubbleFraction,
} from '../../../../src/core/workloads/training/pipelineSchedules';

const shape = (stageCount: number, microBatchCount: number, chunksPerStageCount = 1) => ({
  stageCount,
  microBatchCount,
  chunksPerStageCount,
});

describe('pipeline bubble', () => {
  it('is (p - 1) / (m + p - 1) for GPipe and 1F1B (Narayanan et al. 2021)', () => {
    expect(pipelineBubbleFraction('gpipe', shape(4, 8))).toBeCloseTo(3 / 11, 12);
    expect(pipelineBubbleFraction('1f1b', shape(4, 8))).toBeCloseTo(3 / 11, 12);
  });

  it('shrinks by the chunk count when interleaved', () => {
    expect(pipelineBubbleFraction('interleaved-1f1b', shape(4, 8, 2))).toBeCloseTo(3 / 19, 12);
  });

  it('is zero for ZB-H2 from 2p - 1 micro-batches, and 1F1B’s below that', () => {
    expect(pipelineBubbleFraction('zero-bubble', shape(4, 7))).toBe(0);
    expect(pipelineBubbleFraction('zero-bubble', shape(4, 6))).toBeCloseTo(3 / 9, 12);
    expect(minimumMicroBatchCount('zero-bubble', 4)).toBe(7);
    expect(minimumMicroBatchCount('1f1b', 4)).toBe(4);
  });

  it('is zero without stages and never rises with more micro-batches', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PIPELINE_SCHEDULES),
        fc.integer({ min: 1, max: 256 }),
        fc.integer({ min: 1, max: 1024 }),
        fc.integer({ min: 1, max: 8 }),
        (schedule, stages, micro, chunks) => {
          expect(pipelineBubbleFraction(schedule, shape(1, micro, chunks))).toBe(0);
          const fewer = pipelineBubbleFraction(schedule, shape(stages, micro, chunks));
          const more = pipelineBubbleFraction(schedule, shape(stages, micro + 1, chunks));
          expect(more).toBeLessThanOrEqual(fewer);
        },
      ),
    );
  });
});

describe('activation memory', () => {
  it('GPipe holds every micro-batch, 1F1B at most p, ZB-H2 at most 2p - 1', () => {
    expect(activationsHeldMicroBatchCount('gpipe', shape(4, 32))).toBe(32);
    expect(activationsHeldMicroBatchCount('1f1b', shape(4, 32))).toBe(4);
    expect(activationsHeldMicroBatchCount('zero-bubble', shape(4, 32))).toBe(7);
  });

  it('interleaving holds (1 + (p - 1) / (p v)) times 1F1B’s (Korthikanti et al. 2022)', () => {
    expect(activationsHeldMicroBatchCount('interleaved-1f1b', shape(4, 32, 2))).toBeCloseTo(
      4 * (1 + 3 / 8),
      12,
    );
  });

  it('counts the hops through every boundary both ways', () => {
    expect(criticalPathHopCount('1f1b', shape(4, 8))).toBe(6);
    expect(criticalPathHopCount('interleaved-1f1b', shape(4, 8, 2))).toBe(14);
    expect(criticalPathHopCount('gpipe', shape(1, 8))).toBe(0);
  });
});
