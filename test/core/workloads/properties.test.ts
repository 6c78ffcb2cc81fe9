// Invariants over random valid parameter sets, through the whole engine: round trips and bandwidth move
// throughput the right way, spread never shortens a synchronous step, utilization stays a fraction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import type { NumberParamSpec } from '../../../src/core/params/spec';
import { defaultParams, findParam, type Params, setParams } from '../../../src/core/params/table';

const RUN_COUNT = 150;
/** Relative slack for floating-point round-off in comparisons. */
const ROUND_OFF = 1e-9;

function numberSpec(path: string): NumberParamSpec {
  const spec = findParam(path)?.spec;
  if (spec?.kind !== 'number') throw new Error(`${path} is not a number parameter`);
  return spec;
}

/** A valid value of a number parameter, log-uniform over log-scaled ranges. */
function validValue(path: string, max?: number, min?: number): fc.Arbitrary<number> {
  const spec = numberSpec(path);
  const top = Math.min(spec.max, max ?? spec.max);
  const bottom = Math.max(spec.min, min ?? spec.min);
  const position = fc.double({ min: 0, max: 1, noNaN: true });
  return position.map((u) => {
    const raw =
      spec.scale === 'log' && bottom > 0 ? bottom * (top / bottom) ** u : bottom + (top - bottom) * u;
    const value = spec.integer ? Math.round(raw) : raw;
    return Math.min(top, Math.max(bottom, value));
  });
}

/**
 * Smallest values drawn, where a path's range allows inputs the model's rules refuse in combination: below
 * 1e7 parameters a custom transformer cannot hold the default 32,000-token vocabulary's embeddings. The shape
 * (layers, width) is left to the aspect-ratio rule, which keeps it consistent with the count.
 */
const LOWEST: Record<string, number> = { 'model.parameterCount': 1e7 };

/** Paths varied at random; upper bounds keep node counts and batches at sizes a test can evaluate quickly. */
const VARIED: Record<string, number | undefined> = {
  'model.parameterCount': undefined,
  'model.sequenceLengthTokens': undefined,
  'training.tokensPerStepCount': undefined,
  'training.innerStepCount': undefined,
  'training.syncBitsPerValue': undefined,
  'training.extraCompressionRatio': undefined,
  'training.pipelineStageCount': 64,
  'training.microBatchCount': undefined,
  'inference.promptTokenCount': undefined,
  'inference.outputTokenCount': undefined,
  'inference.batchSizeCount': undefined,
  'inference.pipelineStageCount': 64,
  'hardware.gpusPerNodeCount': undefined,
  'hardware.peakFlopPerS': undefined,
  'hardware.memoryBandwidthTBps': undefined,
  'hardware.mfuFraction': undefined,
  'hardware.memoryBandwidthEfficiencyFraction': undefined,
  'network.nodeCount': 100000,
  'network.rttMs': undefined,
  'network.uploadMbps': undefined,
  'network.downloadMbps': undefined,
  'network.linkEfficiencyFraction': undefined,
};

const jobs = fc.constantFrom<Record<string, string | boolean>>(
  { 'workload.kind': 'training', 'training.strategy': 'data-parallel' },
  { 'workload.kind': 'training', 'training.strategy': 'low-communication', 'training.overlapSync': false },
  { 'workload.kind': 'training', 'training.strategy': 'low-communication', 'training.overlapSync': true },
  {
    'workload.kind': 'training',
    'training.strategy': 'low-communication',
    'training.syncCollective': 'all-gather',
  },
  { 'workload.kind': 'training', 'training.strategy': 'pipeline' },
  { 'workload.kind': 'inference', 'inference.placement': 'replicated' },
  { 'workload.kind': 'inference', 'inference.placement': 'pipeline' },
  { 'workload.kind': 'inference', 'inference.placement': 'tensor' },
);

const paramSets: fc.Arbitrary<Params> = fc
  .tuple(
    jobs,
    fc.record(
      Object.fromEntries(
        Object.entries(VARIED).map(([path, max]) => [path, validValue(path, max, LOWEST[path])]),
      ),
    ),
  )
  .map(([job, values]) => setParams(defaultParams(), { ...job, ...values }));

/** A factor > 1 to scale one parameter up by, and the path's range top. */
const factor = fc.double({ min: 1.01, max: 100, noNaN: true });
const scaledUp = (
  params: Params,
  path: string,
  group: 'network' | 'heterogeneity',
  name: string,
  by: number,
) => {
  const current = (params[group] as Record<string, number>)[name] ?? 0;
  return setParams(params, { [path]: Math.min(numberSpec(path).max, current * by) });
};
const metric = (params: Params, name: string) => evaluatePoint(params).metrics[name] ?? Number.NaN;

// Each run evaluates whole points (stragglers, trilemma counterfactuals): on a loaded machine 150 of them can
// outlast the default 5 s, so the budget is wider; nothing here asserts a duration.
describe('performance invariants over random valid params', { timeout: 60_000 }, () => {
  it('never raises throughput when the round trip grows', () => {
    fc.assert(
      fc.property(paramSets, factor, (params, by) => {
        const slower = scaledUp(params, 'network.rttMs', 'network', 'rttMs', by);
        const before = metric(params, 'throughputTokensPerS');
        expect(metric(slower, 'throughputTokensPerS')).toBeLessThanOrEqual(before * (1 + ROUND_OFF));
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('never lowers throughput when bandwidth grows', () => {
    fc.assert(
      fc.property(paramSets, factor, (params, by) => {
        const wider = scaledUp(
          scaledUp(params, 'network.uploadMbps', 'network', 'uploadMbps', by),
          'network.downloadMbps',
          'network',
          'downloadMbps',
          by,
        );
        const before = metric(params, 'throughputTokensPerS');
        expect(metric(wider, 'throughputTokensPerS')).toBeGreaterThanOrEqual(before * (1 - ROUND_OFF));
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('never shortens a synchronous step when node speeds spread more', () => {
    const sigma = validValue('heterogeneity.speedSigma');
    fc.assert(
      fc.property(paramSets, sigma, sigma, (params, first, second) => {
        const [low, high] = first <= second ? [first, second] : [second, first];
        const at = (value: number) =>
          metric(
            setParams(params, {
              'heterogeneity.speedSigma': value,
              'heterogeneity.stragglerPolicy': 'wait-for-all',
            }),
            'stepTimeS',
          );
        expect(at(high)).toBeGreaterThanOrEqual(at(low) * (1 - ROUND_OFF));
      }),
      { numRuns: RUN_COUNT },
    );
  });

  it('keeps utilization a fraction', () => {
    fc.assert(
      fc.property(paramSets, (params) => {
        const utilization = metric(params, 'utilizationFraction');
        expect(utilization).toBeGreaterThanOrEqual(0);
        expect(utilization).toBeLessThanOrEqual(1 + ROUND_OFF);
      }),
      { numRuns: RUN_COUNT },
    );
  });
});
