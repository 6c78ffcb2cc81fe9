// The TCP window cap on a node's link (links.ts): a connection moves at most one window per round trip, parallel
// connections and concurrent peers add up, and the port still bounds the total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';
import { linkRatesOf, tcpCeilingBytesPerS, withConcurrentPeers } from '../../../src/core/workloads/links';

const MIB = 1_048_576;
/** Relative slack for floating-point round-off. */
const ROUND_OFF = 1e-12;

const wan = {
  uploadMbps: 10_000,
  downloadMbps: 10_000,
  linkEfficiencyFraction: 1,
  rttMs: 100,
  tcpConnectionsPerPeerCount: 1,
  tcpWindowMiB: 3,
};

describe('tcpCeilingBytesPerS', () => {
  it('is connections x window / round trip', () => {
    expect(tcpCeilingBytesPerS(wan)).toBeCloseTo((3 * MIB) / 0.1, 6);
    expect(tcpCeilingBytesPerS({ ...wan, tcpConnectionsPerPeerCount: 8 })).toBeCloseTo(
      (8 * 3 * MIB) / 0.1,
      6,
    );
  });

  it('does not cap a link described without TCP settings (RDMA, NVLink)', () => {
    const { tcpConnectionsPerPeerCount: _c, tcpWindowMiB: _w, ...noTcp } = wan;
    expect(tcpCeilingBytesPerS(noTcp)).toBe(Number.POSITIVE_INFINITY);
    expect(linkRatesOf(noTcp).uploadBytesPerS).toBeCloseTo(10_000e6 / 8, 3);
  });
});

describe('linkRatesOf with the TCP cap', () => {
  it('one 3 MiB connection over 100 ms carries about 252 Mbit/s of a 10 Gbit/s port', () => {
    const link = linkRatesOf(wan);
    expect(link.uploadBytesPerS).toBeCloseTo((3 * MIB) / 0.1, 3);
    expect(link.port?.uploadBytesPerS).toBeCloseTo(10_000e6 / 8, 3);
  });

  it('never rises when the round trip grows, never falls with more connections, never exceeds the port', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 1, max: 2 }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (rttMs, rttGrowth, connections, extraConnections, mbps) => {
          const values = {
            ...wan,
            uploadMbps: mbps,
            downloadMbps: mbps,
            rttMs,
            tcpConnectionsPerPeerCount: connections,
          };
          const rate = linkRatesOf(values).uploadBytesPerS;
          const longer = linkRatesOf({ ...values, rttMs: rttMs * rttGrowth }).uploadBytesPerS;
          const more = linkRatesOf({ ...values, tcpConnectionsPerPeerCount: connections + extraConnections });
          expect(longer).toBeLessThanOrEqual(rate * (1 + ROUND_OFF));
          expect(more.uploadBytesPerS).toBeGreaterThanOrEqual(rate * (1 - ROUND_OFF));
          expect(rate).toBeLessThanOrEqual(((mbps * 1e6) / 8) * (1 + ROUND_OFF));
        },
      ),
    );
  });

  it('streaming to more peers at once never lowers the rate, and never exceeds the port', () => {
    const link = linkRatesOf(wan);
    let previous = 0;
    for (const peers of [1, 2, 8, 63, 1000]) {
      const rate = withConcurrentPeers(link, peers).uploadBytesPerS;
      expect(rate).toBeGreaterThanOrEqual(previous);
      expect(rate).toBeLessThanOrEqual(10_000e6 / 8);
      previous = rate;
    }
    expect(withConcurrentPeers(link, 1000).uploadBytesPerS).toBeCloseTo(10_000e6 / 8, 3);
  });
});

describe('the TCP cap through the engine', () => {
  const base = setParams(defaultParams(), {
    'workload.kind': 'training',
    'training.strategy': 'low-communication',
    'network.uploadMbps': 10_000,
    'network.downloadMbps': 10_000,
    'network.rttMs': 130,
  });

  it('compute utilisation of a DiLoCo round never rises when the round trip grows', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const rttMs of [10, 65, 130, 250, 500]) {
      const share =
        evaluatePoint(setParams(base, { 'network.rttMs': rttMs })).metrics.computeTimeFraction ?? 0;
      expect(share).toBeLessThanOrEqual(previous * (1 + ROUND_OFF));
      previous = share;
    }
  });

  it('compute utilisation never rises when the bandwidth falls, at one connection or eight', () => {
    for (const connections of [1, 8]) {
      let previous = Number.POSITIVE_INFINITY;
      for (const mbps of [100_000, 10_000, 1000, 100, 10]) {
        const point = setParams(base, {
          'network.uploadMbps': mbps,
          'network.downloadMbps': mbps,
          'network.tcpConnectionsPerPeerCount': connections,
        });
        const share = evaluatePoint(point).metrics.computeTimeFraction ?? 0;
        expect(share).toBeLessThanOrEqual(previous * (1 + ROUND_OFF));
        previous = share;
      }
    }
  });

  it('more parallel connections shorten a window-bound sync, up to the port', () => {
    const sync = (connections: number) =>
      evaluatePoint(setParams(base, { 'network.tcpConnectionsPerPeerCount': connections })).metrics
        .syncTimeS ?? 0;
    expect(sync(8)).toBeLessThan(sync(1));
    // 64 connections x 3 MiB / 130 ms = 12.4 Gbit/s: the 10 Gbit/s port binds, as at 1,024.
    expect(sync(64)).toBeCloseTo(sync(1024), 9);
  });
});
