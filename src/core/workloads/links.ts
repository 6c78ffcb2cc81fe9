// What one node's network link delivers: usable upload and download rates and the one-way delay.
import type { Params } from '../params/table';
import { NETWORK_PRESETS } from '../presets/network';
import {
  BITS_PER_BYTE,
  BITS_PER_S_PER_MBPS,
  BYTES_PER_MIB,
  MS_PER_S,
  ONE_WAY_DELAYS_PER_ROUND_TRIP,
} from '../units';
import type { CollectivePlacement } from './collectives';

/** Usable rates of one node's link and its one-way delay. */
export interface LinkRates {
  /** Sustained upload after link efficiency, bytes per second. */
  uploadBytesPerS: number;
  /** Sustained download after link efficiency, bytes per second. */
  downloadBytesPerS: number;
  /** Half the mean round trip, seconds. */
  oneWayLatencyS: number;
  /** The mean round trip, seconds. */
  roundTripS: number;
  /** The port's own rates before the TCP cap (absent: the rates above are the port's). */
  port?: { uploadBytesPerS: number; downloadBytesPerS: number };
  /** Most bytes per second the TCP connections to one peer carry (absent: no TCP cap). */
  perPeerTcpBytesPerS?: number;
}

type LinkValues = Pick<
  Params['network'],
  'uploadMbps' | 'downloadMbps' | 'linkEfficiencyFraction' | 'rttMs'
> &
  Partial<Pick<Params['network'], 'tcpConnectionsPerPeerCount' | 'tcpWindowMiB'>>;

/** Link rates from the network group: nominal Mbit/s times link efficiency, half the round trip one way. */
export function linkRates(params: Params): LinkRates {
  return linkRatesOf(params.network);
}

/**
 * Most bytes per second TCP moves to one peer: each connection keeps at most one window unacknowledged, so it
 * delivers at most window / round trip (the bandwidth-delay product; RFC 7323 section 1), and parallel
 * connections add up. Infinite when no TCP settings are given (RDMA datacentre links, NVLink).
 * Source: RFC 7323; PCCL (arXiv 2505.14065): one connection fills a WAN link only as far as its window allows.
 */
export function tcpCeilingBytesPerS(values: LinkValues): number {
  const { tcpConnectionsPerPeerCount, tcpWindowMiB, rttMs } = values;
  if (tcpConnectionsPerPeerCount === undefined || tcpWindowMiB === undefined) return Number.POSITIVE_INFINITY;
  return (tcpConnectionsPerPeerCount * tcpWindowMiB * BYTES_PER_MIB * MS_PER_S) / rttMs;
}

/**
 * Link rates of a set of link values (a network group or a preset): the port's rate times link efficiency,
 * capped by what the TCP connections to one peer carry in a round trip.
 */
export function linkRatesOf(values: LinkValues): LinkRates {
  const { uploadMbps, downloadMbps, linkEfficiencyFraction, rttMs } = values;
  const toBytesPerS = (mbps: number) => (mbps * BITS_PER_S_PER_MBPS * linkEfficiencyFraction) / BITS_PER_BYTE;
  const roundTripS = rttMs / MS_PER_S;
  const port = { uploadBytesPerS: toBytesPerS(uploadMbps), downloadBytesPerS: toBytesPerS(downloadMbps) };
  return withConcurrentPeers(
    {
      ...port,
      oneWayLatencyS: roundTripS / ONE_WAY_DELAYS_PER_ROUND_TRIP,
      roundTripS,
      port,
      perPeerTcpBytesPerS: tcpCeilingBytesPerS(values),
    },
    1,
  );
}

/**
 * The link of a node that streams to `peerCount` peers at once (a butterfly all-reduce or gossip exchanging
 * with every partner concurrently): each peer's connections carry their own windows, so the TCP cap is
 * `peerCount` times the one-peer cap, and the port still bounds the total. Ring and tree steps send to one peer.
 */
export function withConcurrentPeers(link: LinkRates, peerCount: number): LinkRates {
  const { port, perPeerTcpBytesPerS } = link;
  if (port === undefined || perPeerTcpBytesPerS === undefined) return link;
  const capBytesPerS = Math.max(1, peerCount) * perPeerTcpBytesPerS;
  return {
    ...link,
    uploadBytesPerS: Math.min(port.uploadBytesPerS, capBytesPerS),
    downloadBytesPerS: Math.min(port.downloadBytesPerS, capBytesPerS),
  };
}

/** Seconds to move `bytes` from one node to another: limited by the sender's upload and receiver's download. */
export function pointToPointTransferS(bytes: number, link: LinkRates): number {
  return bytes / Math.min(link.uploadBytesPerS, link.downloadBytesPerS);
}

/**
 * Where a collective over `nodeCount` nodes runs: the configured link between nodes, and for a hierarchical
 * all-reduce the sites of `nodesPerSiteCount` nodes joined by the datacentre preset's links.
 */
export function collectivePlacement(params: Params, nodeCount: number): CollectivePlacement {
  const perSite = Math.min(params.network.nodesPerSiteCount, nodeCount);
  return {
    nodeCount,
    link: linkRates(params),
    groupCount: Math.max(1, Math.ceil(nodeCount / perSite)),
    innerLink: linkRatesOf(NETWORK_PRESETS.datacentre.values),
  };
}
