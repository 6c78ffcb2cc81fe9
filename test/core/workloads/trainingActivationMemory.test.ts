// Activation memory per GPU in the training memory check (properties): more recomputation, more tensor
// parallelism and (for GPipe and 1F1B) more pipeline stages never raise it; interleaving and zero bubble hold
// more micro-batches as the pipeline deepens (Korthikanti et al. 2022 section 4.2.3; Qi et al. 2023), so
// there it can rise; and the memory check counts it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';
import { ACTIVATION_RECOMPUTATION_MODES } from '../../../src/core/work/recomputation';

const RUNS = 40;

/** A training job of a random transformer or layer list, sequence and micro-batch. */
const jobs = fc
  .record({
    model: fc.constantFrom(
      'derived',
      'gpt2-124m',
      'llama-3-8b',
      'mixtral-8x7b',
      'bert-base',
      'resnet-18',
      'efficientnet-b0',
      'mobilenet-v3-small',
    ),
    count: fc.double({ min: 8, max: 12, noNaN: true }).map((exponent) => 10 ** exponent),
    sequence: fc.integer({ min: 1, max: 32768 }),
    microBatch: fc.integer({ min: 1, max: 64 }),
    flash: fc.boolean(),
  })
  .map(({ model, count, sequence, microBatch, flash }) => {
    const base = model === 'derived' ? defaultParams() : applyPreset(defaultParams(), 'model', model);
    return setParams(base, {
      'workload.kind': 'training',
      ...(model === 'derived' ? { 'model.parameterCount': count } : {}),
      'model.sequenceLengthTokens': sequence,
      'training.microBatchSequenceCount': microBatch,
      'training.flashAttention': flash,
      'network.nodeCount': 64,
    });
  });

const activationGb = (params: Params): number =>
  effectContext(params).workload.metrics.activationMemoryPerGpuGB ?? Number.NaN;

describe('training activation memory per GPU (properties)', () => {
  it('more recomputation never raises it (none >= selective >= full), for every strategy', () => {
    fc.assert(
      fc.property(
        jobs,
        fc.constantFrom('data-parallel', 'low-communication', 'pipeline'),
        (job, strategy) => {
          const [none, selective, full] = ACTIVATION_RECOMPUTATION_MODES.map((mode) =>
            activationGb(
              setParams(job, { 'training.strategy': strategy, 'training.activationRecomputation': mode }),
            ),
          );
          expect(selective).toBeLessThanOrEqual(none ?? Number.NaN);
          expect(full).toBeLessThanOrEqual(selective ?? Number.NaN);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('more tensor-parallel GPUs never raise it', () => {
    fc.assert(
      fc.property(jobs, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (job, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const at = (degree: number) =>
          activationGb(
            setParams(job, {
              'training.strategy': 'data-parallel',
              'hardware.gpusPerNodeCount': 8,
              'training.tensorParallelCount': degree,
            }),
          );
        expect(at(more)).toBeLessThanOrEqual(at(fewer) * (1 + 1e-12));
      }),
      { numRuns: RUNS },
    );
  });

  it('more pipeline stages never raise it under GPipe and 1F1B', () => {
    fc.assert(
      fc.property(
        jobs,
        fc.constantFrom('gpipe', '1f1b'),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 64 }),
        (job, schedule, a, b, microBatches) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const at = (stages: number) =>
            activationGb(
              setParams(job, {
                'training.strategy': 'pipeline',
                'training.pipelineSchedule': schedule,
                'training.pipelineStageCount': stages,
                'training.microBatchCount': microBatches,
              }),
            );
          expect(at(more)).toBeLessThanOrEqual(at(fewer) * (1 + 1e-12));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('interleaved 1F1B holds (1 + (S - 1) / (S v)) times what 1F1B holds on the first stage', () => {
    const job = setParams(defaultParams(), {
      'workload.kind': 'training',
      'training.strategy': 'pipeline',
      'training.pipelineStageCount': 4,
      'training.microBatchCount': 16,
      'training.pipelineChunksPerStageCount': 2,
      'network.nodeCount': 8,
    });
    const oneFOneB = activationGb(setParams(job, { 'training.pipelineSchedule': '1f1b' }));
    const interleaved = activationGb(setParams(job, { 'training.pipelineSchedule': 'interleaved-1f1b' }));
    expect(interleaved / oneFOneB).toBeCloseTo(1 + 3 / 8, 12);
  });
});

describe('the training memory check counts activations', () => {
  const job = setParams(
    applyPreset(applyPreset(defaultParams(), 'model', 'intellect-1-10b'), 'hardware', 'H100_SXM'),
    { 'workload.kind': 'training', 'hardware.gpusPerNodeCount': 8 },
  );

  // At one sequence per micro-batch, no recomputation needs 79.5 GiB of the H100's 80 (2^30 bytes each): a knife
  // edge the check cannot settle without the framework's own reserve, which it does not model. Two sequences
  // per micro-batch keep the test about activations, not about that margin.
  it('INTELLECT-1 on 8 x H100 at 2 sequences per micro-batch fits with full recomputation and not without', () => {
    const two = setParams(job, { 'training.microBatchSequenceCount': 2 });
    const full = effectContext(setParams(two, { 'training.activationRecomputation': 'full' })).workload;
    const none = effectContext(setParams(two, { 'training.activationRecomputation': 'none' })).workload;
    expect(full.feasible).toBe(true);
    expect(none.feasible).toBe(false);
    expect(none.infeasibleReason).toMatch(/activations \(\d+\.\d GiB per GPU\)/);
    const noneMemory = none.metrics.memoryPerGpuGB ?? Number.NaN;
    const noneActivations = none.metrics.activationMemoryPerGpuGB ?? Number.NaN;
    expect(noneMemory).toBeGreaterThan(job.hardware.memoryGB);
    expect(noneMemory - noneActivations).toBeLessThan(job.hardware.memoryGB);
  });

  it('a larger micro-batch raises it in proportion while the node has the sequences', () => {
    const at = (microBatch: number) =>
      activationGb(setParams(job, { 'training.microBatchSequenceCount': microBatch }));
    expect(at(4) / at(1)).toBeCloseTo(4, 9);
  });
});
