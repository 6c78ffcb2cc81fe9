// The collectives' byte counts and time split: ring all-reduce and relayed all-gather.
import { describe, expect, it } from 'vitest';
import {
  COLLECTIVE_KINDS,
  ceilLog2,
  chooseAllReduce,
  collectiveSeconds,
  hierarchicalAllReduce,
  parameterServer,
  relayAllGather,
  ringAllReduce,
  syncCollective,
  treeAllReduce,
} from '../../../src/core/workloads/collectives';
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

describe('tree, hierarchical and parameter-server collectives', () => {
  it('tree all-reduce moves the ring bytes in 2 ceil(log2 n) one-way delays', () => {
    const tree = treeAllReduce(1e9, 10_000, link);
    expect(tree.uploadBytesPerNode).toBeCloseTo(ringAllReduce(1e9, 10_000, link).uploadBytesPerNode, 3);
    expect(tree.latencyS).toBeCloseTo(2 * 14 * 0.03, 12);
    expect(ceilLog2(64)).toBe(6);
    expect(ceilLog2(65)).toBe(7);
  });
  it('auto picks ring for a large payload over few nodes and tree at scale', () => {
    const slow = { ...link, oneWayLatencyS: 0.05 };
    expect(chooseAllReduce(1e6, 10_000, slow).latencyS).toBeCloseTo(2 * 14 * 0.05, 12);
    // Two nodes: ring and tree coincide; both cost the same.
    expect(collectiveSeconds(chooseAllReduce(1e9, 2, slow))).toBeCloseTo(
      collectiveSeconds(ringAllReduce(1e9, 2, slow)),
      12,
    );
  });
  it('hierarchical sends only a 1/g shard across sites', () => {
    const fast = { uploadBytesPerS: 1e11, downloadBytesPerS: 1e11, oneWayLatencyS: 1e-6, roundTripS: 2e-6 };
    const cost = hierarchicalAllReduce(1e9, 64, 8, link, fast);
    // 8 nodes per site: each node's shard is 1/8 of the payload; across 8 sites the ring factor is 2 x 7/8.
    expect(cost.uploadBytesPerNode).toBeCloseTo((2 * 7 * 1e9) / 8 / 8, 0);
  });
  it('a single parameter server is bounded by its own link carrying n payloads', () => {
    const cost = parameterServer(1e8, 50, link);
    expect(cost.transferS).toBeCloseTo((50 * 1e8) / 1e8, 9);
    expect(cost.uploadBytesPerNode).toBe(1e8);
  });
  it('more bandwidth never slows any collective', () => {
    const faster = { ...link, uploadBytesPerS: 2e8, downloadBytesPerS: 8e8 };
    for (const kind of COLLECTIVE_KINDS) {
      for (const nodes of [2, 7, 64, 10_000]) {
        const placement = { nodeCount: nodes, link, groupCount: 4, innerLink: link };
        const quicker = { ...placement, link: faster, innerLink: faster };
        expect(collectiveSeconds(syncCollective(kind, 1e9, quicker))).toBeLessThanOrEqual(
          collectiveSeconds(syncCollective(kind, 1e9, placement)),
        );
      }
    }
  });
});
