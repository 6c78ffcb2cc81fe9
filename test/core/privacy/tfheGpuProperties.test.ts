// Invariants of TFHE single-operation latency on GPUs over random operations, widths and GPU counts: more radix
// blocks never make an operation faster (over the doubling widths TFHE-rs offers, FheUint2 to FheUint256: at some
// odd block counts the multiplication's sum in chunks of 5 terms needs one round fewer than one block less, e.g.
// 10 blocks against 9, as the algorithm does), and more GPUs never make it slower (at any width). A counter-check
// shows the check can fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findParam } from '../../../src/core/params/table';
import { RADIX_OPERATIONS } from '../../../src/core/privacy/fhe/radixOps';
import { tfheGpuOperationSeconds } from '../../../src/core/privacy/fhe/tfheGpuOps';

const numberRange = (path: string): { min: number; max: number } => {
  const spec = findParam(path)?.spec;
  if (spec?.kind !== 'number') throw new Error(`${path} is not a number parameter`);
  return { min: spec.min, max: spec.max };
};
const BITS = numberRange('fhe.integerBitWidthCount');
const GPUS = numberRange('hardware.gpusPerNodeCount');
const LINK = numberRange('network.intraNodeBandwidthGBps');
/** Widths up to 128 bits keep the division's layer list small enough for many runs. */
const BITS_TESTED_MAX = Math.min(BITS.max, 128);

const operation = fc.constantFrom(...RADIX_OPERATIONS);
const linkBytesPerS = fc.double({ min: LINK.min, max: LINK.max, noNaN: true }).map((gbps) => gbps * 1e9);

/** True when `time` never falls as `count` rises from `from` to `to`. */
function neverFalls(time: (count: number) => number, from: number, to: number): boolean {
  for (let count = from; count < to; count += 1) if (time(count + 1) < time(count)) return false;
  return true;
}

describe('TFHE integer operations on GPUs', () => {
  it('never get faster with more radix blocks', () => {
    fc.assert(
      fc.property(operation, fc.integer({ min: 1, max: 8 }), linkBytesPerS, (op, gpus, link) =>
        neverFalls(
          (doublings) => tfheGpuOperationSeconds(op, BITS.min * 2 ** doublings, gpus, link),
          0,
          Math.log2(BITS.max / BITS.min),
        ),
      ),
      { numRuns: 20 },
    );
  });

  it('never get slower with more GPUs', () => {
    fc.assert(
      fc.property(
        operation,
        fc.integer({ min: BITS.min, max: BITS_TESTED_MAX }),
        linkBytesPerS,
        (op, bits, link) =>
          neverFalls(
            (gpus) => -tfheGpuOperationSeconds(op, bits, gpus, link),
            GPUS.min,
            Math.min(GPUS.max, 16),
          ),
      ),
      { numRuns: 30 },
    );
  });

  it('the checks can fail: a time that falls with the count is caught', () => {
    expect(neverFalls((count) => 1 / count, 1, 4)).toBe(false);
  });

  it('a second GPU speeds a 64-bit multiplication (large layers) more than an addition (small ones)', () => {
    const link = 360e9;
    const gain = (op: 'mul' | 'add') =>
      tfheGpuOperationSeconds(op, 64, 1, link) / tfheGpuOperationSeconds(op, 64, 2, link);
    expect(gain('mul')).toBeGreaterThan(gain('add'));
    expect(gain('add')).toBeGreaterThan(1);
  });
});
