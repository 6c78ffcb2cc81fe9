import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, setParams } from '../../../src/core/params/table';
import {
  aesGcmOneCoreGBps,
  encryptedHostToDeviceGBps,
  modelLoadSlowdownRatio,
  modelLoadSplit,
} from '../../../src/core/privacy/teeModelLoad';

const eightBillionFp32 = {
  'model.parameterCount': 8e9,
  'precision.weights': 'fp32',
  'tee.hostToDeviceGBps': 64,
  'tee.hostCpuClockGHz': 2,
} as const;

describe('model load split under confidential computing', () => {
  it('one core encrypts at clock over 0.64 cycles per byte', () => {
    expect(aesGcmOneCoreGBps(2)).toBeCloseTo(3.125, 12);
  });

  it('caps the H100 encrypted copy at one core of AES-GCM, and Blackwell at its measured rate ratio', () => {
    const params = setParams(defaultParams(), eightBillionFp32);
    expect(encryptedHostToDeviceGBps(params, 'h100-cc')).toBeCloseTo(3.125, 12);
    expect(encryptedHostToDeviceGBps(params, 'blackwell-cc')).toBeCloseTo(64 * 0.203, 9);
    expect(encryptedHostToDeviceGBps(params, 'tdx')).toBe(64);
  });

  it('with no measured plain load time, a load is the copy alone (slowdown = plain over encrypted rate)', () => {
    const params = setParams(defaultParams(), eightBillionFp32);
    const split = modelLoadSplit(params, 'h100-cc');
    expect(split.hostSeconds).toBe(0);
    expect(modelLoadSlowdownRatio(split)).toBeCloseTo(64 / 3.125, 9);
  });

  it('host-side work is not slowed: 9.24 s plain with 32 GB copied gives about 2.06x on H100 at 2 GHz', () => {
    const params = setParams(defaultParams(), { ...eightBillionFp32, 'tee.plainModelLoadSeconds': 9.24 });
    const split = modelLoadSplit(params, 'h100-cc');
    expect(split.plainCopySeconds).toBeCloseTo(0.5, 9);
    expect(split.confidentialCopySeconds).toBeCloseTo(10.24, 9);
    expect(modelLoadSlowdownRatio(split)).toBeCloseTo((9.24 - 0.5 + 10.24) / 9.24, 9);
  });

  it('more host-side work never raises the slowdown, and it never falls below 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const ratioAt = (seconds: number) =>
            modelLoadSlowdownRatio(
              modelLoadSplit(
                setParams(defaultParams(), { ...eightBillionFp32, 'tee.plainModelLoadSeconds': seconds }),
                'h100-cc',
              ),
            );
          expect(ratioAt(high)).toBeLessThanOrEqual(ratioAt(low) + 1e-9);
          expect(ratioAt(high)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
