// Numeric formats: bytes per value with block scales (GGML Q8_0 and Q4_0 as the check), the compute format and
// device peak for a weight/activation pair, and the property that a narrower format never raises memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRECISION_OPTIONS } from '../../../src/core/params/groups/precision';
import { defaultParams, setParams } from '../../../src/core/params/table';
import {
  bytesPerValue,
  computeFormat,
  computePeakFlopPerS,
  type PrecisionFormat,
} from '../../../src/core/precision/formats';
import { applyPreset } from '../../../src/core/presets/index';
import { describeWork } from '../../../src/core/work/describe';
import { inferenceMemoryFit, trainingMemoryFit } from '../../../src/core/workloads/memory';
import {
  activationBytesPerGpu,
  dataParallelActivationPlacement,
} from '../../../src/core/workloads/trainingActivationMemory';
import { validValue } from '../privacy/arbitraries';

describe('bytes per value', () => {
  it('matches the GGML block formats at 32 values per fp16 scale (34 and 18 bytes per block)', () => {
    expect(bytesPerValue('int8', 32)).toBe(34 / 32);
    expect(bytesPerValue('int4', 32)).toBe(18 / 32);
    expect(bytesPerValue('bf16', 32)).toBe(2);
    expect(bytesPerValue('fp32', 32)).toBe(4);
    expect(bytesPerValue('fp8', 32)).toBe(1);
  });
});

describe('compute format and peak', () => {
  const h100 = applyPreset(defaultParams(), 'hardware', 'H100_SXM');
  it('runs weight-only quantization at the activation format', () => {
    const w4a16 = setParams(h100, { 'precision.weights': 'int4', 'precision.activations': 'bf16' });
    expect(computeFormat(w4a16)).toBe('bf16');
    expect(computePeakFlopPerS(w4a16)).toBe(989e12);
  });
  it('uses the fp8 peak for fp8 x fp8 and falls back when the device has no such units', () => {
    const fp8 = setParams(h100, { 'precision.weights': 'fp8', 'precision.activations': 'fp8' });
    expect(computePeakFlopPerS(fp8)).toBe(1979e12);
    const a100 = applyPreset(fp8, 'hardware', 'A100_SXM_80GB');
    expect(computePeakFlopPerS(a100)).toBe(312e12);
    const int4OnH100 = setParams(h100, { 'precision.weights': 'int4', 'precision.activations': 'int4' });
    expect(computePeakFlopPerS(int4OnH100)).toBe(1979e12);
  });
});

/** Memory per GPU the job needs (training: with its activations), from the work description at these formats. */
function requiredGibPerGpu(params: ReturnType<typeof defaultParams>): number {
  const work = describeWork(params);
  return params.workload.kind === 'training'
    ? trainingMemoryFit(
        params,
        work,
        1,
        activationBytesPerGpu(work, dataParallelActivationPlacement(params, work)),
      ).requiredGibPerGpu
    : inferenceMemoryFit(params, work, 1).requiredGibPerGpu;
}

describe('lower precision never raises memory (property)', () => {
  const format = fc.constantFrom(...PRECISION_OPTIONS);
  for (const which of ['weights', 'activations'] as const) {
    it(`for the ${which}`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom('training', 'inference'),
          validValue('model.parameterCount'),
          validValue('inference.batchSizeCount'),
          validValue('precision.blockSizeValues'),
          format,
          format,
          (kind, parameterCount, batchSizeCount, blockSizeValues, a, b) => {
            const block = Number(blockSizeValues);
            const [narrow, wide]: [PrecisionFormat, PrecisionFormat] =
              bytesPerValue(a, block) <= bytesPerValue(b, block) ? [a, b] : [b, a];
            const base = setParams(defaultParams(), {
              'workload.kind': kind,
              'model.parameterCount': parameterCount,
              'inference.batchSizeCount': batchSizeCount,
              'precision.blockSizeValues': block,
            });
            const narrowGib = requiredGibPerGpu(setParams(base, { [`precision.${which}`]: narrow }));
            const wideGib = requiredGibPerGpu(setParams(base, { [`precision.${which}`]: wide }));
            expect(narrowGib).toBeLessThanOrEqual(wideGib);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it('can fail: int8 with 8-value blocks needs more than fp8 (the order is by bytes, not by name)', () => {
    expect(bytesPerValue('int8', 8)).toBeGreaterThan(bytesPerValue('fp8', 8));
    const base = setParams(defaultParams(), { 'precision.blockSizeValues': 8 });
    const fp8 = requiredGibPerGpu(setParams(base, { 'precision.weights': 'fp8' }));
    const int8 = requiredGibPerGpu(setParams(base, { 'precision.weights': 'int8' }));
    expect(int8).toBeGreaterThan(fp8);
  });
});
