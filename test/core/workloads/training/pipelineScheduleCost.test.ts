// Pipeline training under each schedule: the bubble and the activations a stage holds follow the schedule.
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../../src/core/params/table';
import { describeWork } from '../../../../src/core/work/describe';
import { pipelineTrainingCost } from '../../../../src/core/workloads/training/pipeline';
import type { PipelineSchedule } from '../../../../src/core/workloads/training/pipelineSchedules';

const base = setParams(defaultParams(), {
  'workload.kind': 'training',
  'training.strategy': 'pipeline',
  'training.pipelineStageCount': 4,
  'training.microBatchCount': 16,
  'network.nodeCount': 8,
});

function costWith(schedule: PipelineSchedule) {
  const params = setParams(base, { 'training.pipelineSchedule': schedule });
  return pipelineTrainingCost(params, describeWork(params));
}

const idleS = (schedule: PipelineSchedule): number =>
  costWith(schedule).terms.find((term) => term.name === 'pipeline bubble (idle)')?.seconds ?? Number.NaN;

describe('pipeline schedules in training', () => {
  it('GPipe and 1F1B idle (S - 1) / (M + S - 1); interleaving with v = 2 halves the idle time; zero bubble none', () => {
    expect(costWith('gpipe').metrics.pipelineBubbleFraction).toBeCloseTo(3 / 19, 12);
    expect(costWith('1f1b').metrics.pipelineBubbleFraction).toBeCloseTo(3 / 19, 12);
    expect(idleS('interleaved-1f1b')).toBeCloseTo(idleS('1f1b') / 2, 9);
    expect(idleS('zero-bubble')).toBe(0);
  });

  it('1F1B holds S micro-batches of activations where GPipe holds all M', () => {
    const gpipe = costWith('gpipe').metrics.activationMemoryPerGpuGB ?? Number.NaN;
    const oneFOneB = costWith('1f1b').metrics.activationMemoryPerGpuGB ?? Number.NaN;
    expect(oneFOneB / gpipe).toBeCloseTo(4 / 16, 12);
    const zeroBubble = costWith('zero-bubble').metrics.activationMemoryPerGpuGB ?? Number.NaN;
    expect(zeroBubble / gpipe).toBeCloseTo(7 / 16, 12);
  });
});
