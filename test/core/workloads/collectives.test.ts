// The collectives' byte counts and time split: ring all-reduce and relayed all-gather.
import { describe, expect, it } from 'vitest';
import { relayAllGather, ringAllReduce } from '../../../src/core/workloads/collectives';
import type { LinkRates } from '../../../src/core/workloads/links';

const link: LinkRates = {
  uploadBytesPerS: 1e8,
  downloadBytesPerS: 4e8,
  oneWayLatencyS: 0.03,
  roundTripS: 0.06,
};

describe('ringAllReduce', () => {
  it('moves 2(n-1)/n of the payload each way and waits 2(n-1) one-way delays', () => {
    const cost = ringAllReduce(1e9, 4, link);
    expect(cost.uploadBytesPerNode).toBeCloseTo(1.5e9, 3);
    expect(cost.downloadBytesPerNode).toBeCloseTo(1.5e9, 3);
    expect(cost.latencyS).toBeCloseTo(6 * 0.03, 12);
    // The slower direction (upload at 1e8 B/s) sets the transfer time.
    expect(cost.transferS).toBeCloseTo(15, 9);
  });

  it('costs nothing on a single node', () => {
    const cost = ringAllReduce(1e9, 1, link);
    expect(cost.latencyS + cost.transferS + cost.uploadBytesPerNode).toBe(0);
  });

  it('approaches twice the payload per node as n grows', () => {
    expect(ringAllReduce(1e6, 10_000, link).uploadBytesPerNode / 1e6).toBeCloseTo(2, 3);
  });
});

describe('relayAllGather', () => {
  it('uploads one payload and downloads n-1 of them, one round trip of latency', () => {
    const cost = relayAllGather(2.8e6, 32, link);
    expect(cost.uploadBytesPerNode).toBe(2.8e6);
    expect(cost.downloadBytesPerNode).toBeCloseTo(31 * 2.8e6, 3);
    expect(cost.latencyS).toBeCloseTo(0.06, 12);
    expect(cost.uploadTimeS).toBeCloseTo(0.028, 9);
    expect(cost.downloadTimeS).toBeCloseTo((31 * 2.8e6) / 4e8, 9);
    expect(cost.transferS).toBe(Math.max(cost.uploadTimeS, cost.downloadTimeS));
  });
});
