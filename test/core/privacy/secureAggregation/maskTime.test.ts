// The time of secure aggregation's mask work: each user's PRG expansion or LightSecAgg encoding, and the
// server's unmasking, from the cited per-core rates (AES counter mode 0.64 cycles per byte, 8 field
// multiply-adds per cycle).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldSeconds, prgSeconds } from '../../../../src/core/privacy/secureAggregation/cryptoTime';
import { type MaskRound, maskTime } from '../../../../src/core/privacy/secureAggregation/maskTime';
import { SECURE_AGGREGATION_PROTOCOLS } from '../../../../src/core/privacy/secureAggregation/serverWork';
import { userMaskingWork } from '../../../../src/core/privacy/secureAggregation/userWork';

const ROUND: MaskRound = {
  protocol: 'secagg',
  userCount: 200,
  droppedUserCount: 60,
  valueCount: 1_000_000,
  valueBits: 24,
  neighbourCount: 10,
  privacyThresholdCount: 67,
  clockGHz: 2,
  serverCoreCount: 1,
};

describe('per-operation rates', () => {
  it('expands PRG bytes at clock / 0.64 per core and multiply-adds at 8 per cycle per core', () => {
    // 1e9 bytes x 0.64 cycles / 2e9 Hz = 0.32 s; two cores halve it.
    expect(prgSeconds(2.5e8, 4, { clockGHz: 2, coreCount: 1 })).toBeCloseTo(0.32, 12);
    expect(prgSeconds(2.5e8, 4, { clockGHz: 2, coreCount: 2 })).toBeCloseTo(0.16, 12);
    // 1.6e10 multiply-adds / (8 x 2e9) = 1 s.
    expect(fieldSeconds(1.6e10, { clockGHz: 2, coreCount: 1 })).toBeCloseTo(1, 12);
  });
});

describe('userMaskingWork', () => {
  const round = {
    userCount: 200,
    valueCount: 1e6,
    neighbourCount: 10,
    survivorCount: 140,
    privacyThresholdCount: 67,
  };

  it('SecAgg expands a self-mask and n - 1 pairwise masks; SecAgg+ only k pairwise masks', () => {
    expect(userMaskingWork('secagg', round)).toEqual({ prgValueCount: 200e6, encodeMultiplyAddCount: 0 });
    expect(userMaskingWork('secagg-plus', round)).toEqual({ prgValueCount: 11e6, encodeMultiplyAddCount: 0 });
  });

  it('LightSecAgg draws U segments of m / (U - T) and encodes them for n users, then sums U sub-masks', () => {
    const segment = 1e6 / (140 - 67);
    const work = userMaskingWork('lightsecagg', round);
    expect(work.prgValueCount).toBeCloseTo(140 * segment, 6);
    expect(work.encodeMultiplyAddCount).toBeCloseTo(201 * 140 * segment, 3);
  });

  it('refuses LightSecAgg when the survivors do not exceed the colluders', () => {
    expect(() => userMaskingWork('lightsecagg', { ...round, survivorCount: 67 })).toThrow(/U > T/);
  });
});

describe('maskTime', () => {
  it('prices SecAgg at the masked value width: the server regenerates (n - d)(1 + d) m values of 3 bytes', () => {
    const time = maskTime(ROUND);
    // 140 x 61 x 1e6 values, each (24 + log2 200) bits wide, x 0.64 cycles per byte / 2e9 Hz.
    const bytesPerValue = (24 + Math.log2(200)) / 8;
    expect(time.serverUnmaskingS).toBeCloseTo((140 * 61 * 1e6 * bytesPerValue * 0.64) / 2e9, 6);
    expect(time.userMaskingS).toBeCloseTo((200 * 1e6 * bytesPerValue * 0.64) / 2e9, 6);
  });

  it('LightSecAgg needs no PRG values at the server and decodes U m multiply-adds', () => {
    const time = maskTime({ ...ROUND, protocol: 'lightsecagg' });
    expect(time.serverPrgValueCount).toBe(0);
    expect(time.serverUnmaskingS).toBeCloseTo((140 * 1e6) / (8 * 2e9), 12);
  });

  const roundArb = fc.record({
    protocol: fc.constantFrom(...SECURE_AGGREGATION_PROTOCOLS),
    userCount: fc.integer({ min: 4, max: 2000 }),
    dropShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    valueCount: fc.integer({ min: 1, max: 10_000_000 }),
    cores: fc.integer({ min: 1, max: 64 }),
    moreCores: fc.integer({ min: 0, max: 64 }),
    clockGHz: fc.double({ min: 0.5, max: 6, noNaN: true }),
  });
  type RoundDraw = typeof roundArb extends fc.Arbitrary<infer Draw> ? Draw : never;
  const roundOf = (r: RoundDraw, serverCoreCount: number): MaskRound => {
    const dropped = Math.floor(r.dropShare * r.userCount);
    const survivors = r.userCount - dropped;
    return {
      ...ROUND,
      protocol: r.protocol,
      userCount: r.userCount,
      droppedUserCount: dropped,
      valueCount: r.valueCount,
      privacyThresholdCount: Math.min(Math.ceil(r.userCount / 3), survivors - 1),
      clockGHz: r.clockGHz,
      serverCoreCount,
    };
  };

  it('more server cores never slow the server, and never change the users', () => {
    fc.assert(
      fc.property(roundArb, (r) => {
        const few = maskTime(roundOf(r, r.cores));
        const many = maskTime(roundOf(r, r.cores + r.moreCores));
        expect(many.serverUnmaskingS).toBeLessThanOrEqual(few.serverUnmaskingS);
        expect(many.userMaskingS).toBe(few.userMaskingS);
      }),
    );
  });

  it('LightSecAgg never unmasks slower than SecAgg at the same round', () => {
    fc.assert(
      fc.property(roundArb, (r) => {
        const round = roundOf(r, r.cores);
        const light = maskTime({ ...round, protocol: 'lightsecagg' }).serverUnmaskingS;
        expect(light).toBeLessThanOrEqual(maskTime({ ...round, protocol: 'secagg' }).serverUnmaskingS);
      }),
    );
  });
});
