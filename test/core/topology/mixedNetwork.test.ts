// Mixed networks: splitting a group changes nothing, a faster device never slows the job, one group is the
// network it always was, and the step names the group and link that limit it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDevice } from '../../../src/core/devices/registry';
import { evaluateAnalytic, evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, type Params } from '../../../src/core/params/table';
import { hasFurtherGroups } from '../../../src/core/topology/groups';
import { REGION_IDS, type RegionId } from '../../../src/core/topology/regions';

function withDevice(params: Params, id: string): Params {
  const device = findDevice(id);
  if (!device) throw new Error(id);
  return { ...params, hardware: { ...params.hardware, ...device.values } };
}

type Job = 'data-parallel' | 'low-communication' | 'pipeline-inference' | 'replicated-inference';

function jobParams(job: Job): Params {
  const params = withDevice(defaultParams(), 'RTX_3090');
  const model = { ...params.model, parameterCount: 1e9, layerCount: 24, hiddenSize: 2048 };
  if (job === 'data-parallel' || job === 'low-communication') {
    return { ...params, model, training: { ...params.training, strategy: job } };
  }
  const placement = job === 'pipeline-inference' ? 'pipeline' : 'replicated';
  return {
    ...params,
    model,
    workload: { ...params.workload, kind: 'inference' },
    inference: { ...params.inference, placement, pipelineStageCount: 4 },
  };
}

const JOBS: readonly Job[] = [
  'data-parallel',
  'low-communication',
  'pipeline-inference',
  'replicated-inference',
];

describe('mixed networks', () => {
  it('leaves a network without further groups as it was', () => {
    expect(hasFurtherGroups(defaultParams())).toBe(false);
  });

  it('prices a group split in two in the same region exactly as the whole group', () => {
    for (const job of JOBS) {
      const whole = { ...jobParams(job), network: { ...jobParams(job).network, nodeCount: 8 } };
      const split: Params = {
        ...whole,
        network: { ...whole.network, nodeCount: 5 },
        group2: {
          ...whole.group2,
          nodeCount: 3,
          device: 'RTX_3090',
          region: whole.topology.baseRegion,
          uploadMbps: whole.network.uploadMbps,
          downloadMbps: whole.network.downloadMbps,
        },
      };
      const a = evaluateAnalytic(whole).result;
      const b = evaluateAnalytic(split).result;
      for (const [metric, value] of Object.entries(a.metrics)) {
        expect(b.metrics[metric], `${job}: ${metric}`).toBe(value);
      }
    }
  });

  it('never slows the job when one group gets a device at least as good in every figure', () => {
    const devices = [
      'RTX_2080_TI',
      'RTX_3060',
      'RTX_3090',
      'RTX_A5000',
      'RTX_4090',
      'H100_SXM',
      'A100_SXM_80GB',
    ];
    const dominates = (fast: string, slow: string) => {
      const a = findDevice(fast)?.values;
      const b = findDevice(slow)?.values;
      if (!a || !b) return false;
      return (
        (['peakFlopPerS', 'memoryBandwidthTBps', 'memoryGB'] as const).every((key) => a[key] >= b[key]) &&
        a.mfuFraction >= b.mfuFraction &&
        a.memoryBandwidthEfficiencyFraction >= b.memoryBandwidthEfficiencyFraction &&
        a.gpusPerNodeCount === b.gpusPerNodeCount
      );
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...devices),
        fc.constantFrom(...devices),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...(REGION_IDS as RegionId[])),
        (job, slow, fast, count, region) => {
          if (!dominates(fast, slow)) return;
          const base = jobParams(job);
          const mixed = (device: string): Params => ({
            ...base,
            group2: { ...base.group2, nodeCount: count, device, region },
          });
          const before = evaluateAnalytic(mixed(slow)).result;
          const after = evaluateAnalytic(mixed(fast)).result;
          if (before.warnings.length > 0) return;
          expect(after.metrics.throughputTokensPerS ?? 0).toBeGreaterThanOrEqual(
            (before.metrics.throughputTokensPerS ?? 0) * (1 - 1e-12),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names the group and the link that limit the step', () => {
    const base = jobParams('data-parallel');
    const params: Params = {
      ...base,
      group2: { ...base.group2, nodeCount: 2, device: 'RTX_2080_TI', region: 'us-east', uploadMbps: 40 },
    };
    const result = evaluatePoint(params);
    expect(result.labels.limitingGroup).toContain('RTX 2080 Ti');
    expect(result.labels.limitingLink).toContain('40 Mbit/s');
    expect(result.metrics.regionCount).toBe(2);
  });
});

describe('a mixed network that cannot hold its work', () => {
  it('is infeasible and names the group or the chain', () => {
    const base = jobParams('pipeline-inference');
    const model = { ...base.model, parameterCount: 2e11, layerCount: 96, hiddenSize: 12288 };
    const params: Params = {
      ...base,
      model,
      network: { ...base.network, nodeCount: 1 },
      group2: { ...base.group2, nodeCount: 3, device: 'RTX_3060', region: 'eu-west' },
    };
    const result = evaluatePoint(params);
    expect(result.feasible).toBe(false);
    expect(result.infeasibleReasons.join(' ')).toMatch(/hold|memory|GB/);
  });
});
