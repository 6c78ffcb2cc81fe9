import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregationRound,
  SECURE_AGGREGATION_PROTOCOLS,
  serverUnmaskingWork,
} from '../../../src/core/privacy/secureAggregation/serverWork';
import { uploadExpansionRatio } from '../../../src/core/privacy/secureAggregation/upload';

const prg = (protocol: 'secagg' | 'secagg-plus', round: AggregationRound) =>
  serverUnmaskingWork(protocol, round).prgValueCount;

/**
 * A round with fewer dropped users than survivors, at most (n - 1) / 2 dropped: SecAgg's (n - d)(1 + d) m peaks
 * there; between (n - 1) / 2 and n / 2 (the drop parameter's top, 0.5) it falls by at most m / 4 values.
 */
const roundArb = fc
  .record({
    userCount: fc.integer({ min: 2, max: 5000 }),
    dropShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    otherDropShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    valueCount: fc.integer({ min: 1, max: 10_000_000 }),
    neighbourCount: fc.integer({ min: 1, max: 6000 }),
  })
  .map(({ userCount, dropShare, otherDropShare, valueCount, neighbourCount }) => {
    const cap = (share: number) => Math.min(share * userCount, (userCount - 1) / 2);
    return {
      fewer: {
        userCount,
        droppedUserCount: cap(Math.min(dropShare, otherDropShare)),
        valueCount,
        neighbourCount,
      },
      more: {
        userCount,
        droppedUserCount: cap(Math.max(dropShare, otherDropShare)),
        valueCount,
        neighbourCount,
      },
    };
  });

describe('serverUnmaskingWork', () => {
  it('SecAgg with no dropout regenerates only the self-masks: n m values', () => {
    const round = { userCount: 200, droppedUserCount: 0, valueCount: 1e6, neighbourCount: 10 };
    expect(prg('secagg', round)).toBe(200 * 1e6);
  });

  it('SecAgg with 20 of 200 users dropped: (n - d)(1 + d) m = 180 x 21 x m', () => {
    const round = { userCount: 200, droppedUserCount: 20, valueCount: 1e6, neighbourCount: 10 };
    expect(prg('secagg', round)).toBe(180 * 21 * 1e6);
  });

  it('SecAgg+ with every other user as a neighbour is SecAgg', () => {
    const round = { userCount: 200, droppedUserCount: 20, valueCount: 1e6, neighbourCount: 199 };
    expect(prg('secagg-plus', round)).toBeCloseTo(prg('secagg', round), 0);
  });

  it('LightSecAgg regenerates nothing and decodes U m multiply-adds, U the survivors', () => {
    const work = serverUnmaskingWork('lightsecagg', {
      userCount: 200,
      droppedUserCount: 20,
      valueCount: 1e6,
      neighbourCount: 10,
    });
    expect(work).toEqual({ prgValueCount: 0, decodeMultiplyAddCount: 180 * 1e6 });
  });

  it('more dropped users never make SecAgg cheaper for the server (up to half dropped)', () => {
    fc.assert(
      fc.property(roundArb, ({ fewer, more }) => {
        expect(prg('secagg', more)).toBeGreaterThanOrEqual(prg('secagg', fewer) * (1 - 1e-9));
      }),
    );
  });

  it('SecAgg+ with one neighbour gets cheaper as users drop: a drop saves a self-mask and costs under one pair', () => {
    const at = (droppedUserCount: number) =>
      prg('secagg-plus', { userCount: 100, droppedUserCount, valueCount: 1, neighbourCount: 1 });
    expect(at(40)).toBeLessThan(at(10));
  });

  it('counter-check: past half the users dropped, SecAgg work would fall (why drops are capped at 0.5)', () => {
    const at = (droppedUserCount: number) =>
      prg('secagg', { userCount: 100, droppedUserCount, valueCount: 1, neighbourCount: 1 });
    expect(at(90)).toBeLessThan(at(50));
  });

  it('SecAgg+ never costs the server more than SecAgg; LightSecAgg never needs PRG values', () => {
    fc.assert(
      fc.property(roundArb, ({ more }) => {
        expect(prg('secagg-plus', more)).toBeLessThanOrEqual(prg('secagg', more) * (1 + 1e-9));
        expect(serverUnmaskingWork('lightsecagg', more).prgValueCount).toBe(0);
      }),
    );
  });
});

describe('uploadExpansionRatio', () => {
  const round = {
    userCount: 1024,
    valueCount: 2 ** 20,
    valueBits: 16,
    neighbourCount: 10,
    survivorCount: 1024,
    privacyThresholdCount: 342,
  };

  it('SecAgg reproduces Bonawitz et al.’s 1.73x for 2^10 users and 2^20 values of 16 bits', () => {
    expect(uploadExpansionRatio('secagg', round)).toBeCloseTo(1.734, 3);
  });

  it('SecAgg+ sends fewer keys and shares than SecAgg, and never less than the masked update', () => {
    const plus = uploadExpansionRatio('secagg-plus', round);
    expect(plus).toBeLessThan(uploadExpansionRatio('secagg', round));
    expect(plus).toBeGreaterThanOrEqual((16 + 10) / 16);
  });

  it('LightSecAgg sends the masked update plus (n + 1) sub-masks of m / (U - T) values', () => {
    const expected = (1 + 1025 / (1024 - 342)) * ((16 + 10) / 16);
    expect(uploadExpansionRatio('lightsecagg', round)).toBeCloseTo(expected, 9);
  });

  it('refuses LightSecAgg when the survivors do not exceed the colluders', () => {
    expect(() => uploadExpansionRatio('lightsecagg', { ...round, survivorCount: 342 })).toThrow(/U > T/);
  });

  it('every protocol costs at least the plain upload', () => {
    for (const protocol of SECURE_AGGREGATION_PROTOCOLS) {
      expect(uploadExpansionRatio(protocol, round)).toBeGreaterThan(1);
    }
  });
});
