// The configured run's number format, time to train and fast-link domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configuredRunMetrics } from '../../../../src/core/limits/utilisation/configuredRun';
import { stepMatmulFractionAt } from '../../../../src/core/limits/utilisation/stepEfficiency';
import { paramConstraintErrors } from '../../../../src/core/params/constraints';
import type { Params } from '../../../../src/core/params/table';
import { gpt3Configured } from './configuredParams';

function gpt3On(hardware: string, limits: Partial<Params['limits']>): Params {
  return gpt3Configured(hardware, 4, limits);
}

describe('step efficiency in a faster matmul format', () => {
  it('gives the fitted efficiency back at ratio 1 and never falls as the format gets faster', () => {
    expect(stepMatmulFractionAt(0.552, 0.7, 1)).toBeCloseTo(0.552, 12);
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 1, max: 2, noNaN: true }),
        (step, ratio, more) => {
          const slower = stepMatmulFractionAt(step, 0.7, ratio);
          const faster = stepMatmulFractionAt(step, 0.7, ratio * more);
          expect(faster).toBeGreaterThanOrEqual(slower * (1 - 1e-12));
          // Only the GEMM share speeds up: never beyond the GEMMs alone at the faster rate.
          expect(faster).toBeLessThanOrEqual(Math.max(step, 0.7) * ratio * more * (1 + 1e-12));
        },
      ),
    );
  });

  it('fp8 on an H100 shortens the step; fp8 on a device without an fp8 peak is an error naming the field', () => {
    const bf16 = configuredRunMetrics(gpt3On('H100_SXM', { configuredMatmulPrecision: 'bf16' }));
    const fp8 = configuredRunMetrics(gpt3On('H100_SXM', { configuredMatmulPrecision: 'fp8' }));
    expect(fp8.configuredRunStepS).toBeLessThan(bf16.configuredRunStepS ?? 0);
    const errors = paramConstraintErrors(gpt3On('A100_SXM_80GB', { configuredMatmulPrecision: 'fp8' }));
    expect(errors.map((error) => error.path)).toContain('limits.configuredMatmulPrecision');
  });

  it('fp8 at an achieved speed-up of 1 is the bf16 step; above the datasheet ratio it is capped there', () => {
    const stepAt = (limits: Partial<Params['limits']>) =>
      configuredRunMetrics(gpt3On('H100_SXM', limits)).configuredRunStepS ?? 0;
    const bf16 = stepAt({ configuredMatmulPrecision: 'bf16' });
    expect(stepAt({ configuredMatmulPrecision: 'fp8', configuredFp8GemmSpeedup: 1 })).toBeCloseTo(bf16, 12);
    const { hardware } = gpt3On('H100_SXM', {});
    const datasheetRatio = hardware.peakFp8FlopPerS / hardware.peakFlopPerS;
    const datasheet = stepAt({ configuredMatmulPrecision: 'fp8', configuredFp8GemmSpeedup: datasheetRatio });
    expect(stepAt({ configuredMatmulPrecision: 'fp8', configuredFp8GemmSpeedup: 5 })).toBeCloseTo(
      datasheet,
      12,
    );
    const achieved = stepAt({ configuredMatmulPrecision: 'fp8' });
    expect(achieved).toBeGreaterThan(datasheet);
    expect(achieved).toBeLessThan(bf16);
  });
});

describe('time to train', () => {
  it('is absent without tokens, and twice the tokens take twice the time', () => {
    const none = configuredRunMetrics(gpt3On('H100_SXM', {}));
    expect(none.configuredRunTimeToTrainMin).toBeUndefined();
    const tokens = 100 * 1536 * 2048;
    const once = configuredRunMetrics(gpt3On('H100_SXM', { configuredTrainTokenCount: tokens }));
    const twice = configuredRunMetrics(gpt3On('H100_SXM', { configuredTrainTokenCount: 2 * tokens }));
    expect(once.configuredRunTimeToTrainMin).toBeCloseTo(((once.configuredRunStepS ?? 0) * 100) / 60, 9);
    expect(twice.configuredRunTimeToTrainMin).toBeCloseTo(2 * (once.configuredRunTimeToTrainMin ?? 0), 9);
  });

  it('an evaluated token costs a third of a trained one (forward pass only)', () => {
    const tokens = 30 * 1536 * 2048;
    const trained = configuredRunMetrics(gpt3On('H100_SXM', { configuredTrainTokenCount: 2 * tokens }));
    const mixed = configuredRunMetrics(
      gpt3On('H100_SXM', { configuredTrainTokenCount: tokens, configuredEvalTokenCount: 3 * tokens }),
    );
    expect(mixed.configuredRunTimeToTrainMin).toBeCloseTo(trained.configuredRunTimeToTrainMin ?? 0, 9);
  });
});

describe('fast-link domain', () => {
  it('a domain holding the whole run never slows the step below one node’s domain', () => {
    const node = configuredRunMetrics(gpt3On('H100_SXM', {}));
    const pod = configuredRunMetrics(gpt3On('H100_SXM', { configuredFastLinkDomainGpuCount: 512 }));
    expect(pod.configuredRunStepS).toBeLessThanOrEqual(node.configuredRunStepS ?? 0);
  });
});
