// Memory capacity is the vendor's "GB" of memory, a GiB (2^30 bytes): an "80 GB" H100 holds 85.9e9 bytes, so a
// job needing 81e9 bytes fits it and one needing 86e9 does not; the requirement is reported in the same unit.
import { describe, expect, it } from 'vitest';
import { effectContext } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { applyPreset } from '../../../src/core/presets/index';
import { inferenceMemoryFit } from '../../../src/core/workloads/memory';

const h100 = setParams(applyPreset(defaultParams(), 'hardware', 'H100_SXM'), {
  'hardware.gpusPerNodeCount': 1,
  'inference.mode': 'forward',
});
const work = effectContext(h100).work;

/** The fit of a job whose weights take `bytes` on one H100. */
function fitOf(bytes: number) {
  return inferenceMemoryFit(h100, { ...work, weightBytes: bytes }, 1);
}

describe('memory capacity in GiB', () => {
  it('the H100 preset holds 80 GB of memory as NVIDIA quotes it', () => {
    expect(h100.hardware.memoryGB).toBe(80);
  });

  it('a job needing 81e9 bytes fits an 80 GB H100 (80 x 2^30 = 85.9e9 bytes)', () => {
    const fit = fitOf(81e9);
    expect(fit.feasible).toBe(true);
    expect(fit.requiredGibPerGpu).toBeCloseTo(81e9 / 1_073_741_824, 9);
  });

  it('a job needing 86e9 bytes does not, and the reason compares GiB with GiB', () => {
    const fit = fitOf(86e9);
    expect(fit.feasible).toBe(false);
    expect(fit.infeasibleReason).toMatch(/needs 80\.1 GiB per GPU but each GPU has 80 GiB/);
  });
});
