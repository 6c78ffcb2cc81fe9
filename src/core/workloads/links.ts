// What one node's network link delivers: usable upload and download rates and the one-way delay.
import type { Params } from '../params/table';
import { NETWORK_PRESETS } from '../presets/network';
import { BITS_PER_BYTE, BITS_PER_S_PER_MBPS, MS_PER_S, ONE_WAY_DELAYS_PER_ROUND_TRIP } from '../units';
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
}

type LinkValues = Pick<Params['network'], 'uploadMbps' | 'downloadMbps' | 'linkEfficiencyFraction' | 'rttMs'>;

/** Link rates from the network group: nominal Mbit/s times link efficiency, half the round trip one way. */
export function linkRates(params: Params): LinkRates {
  return linkRatesOf(params.network);
}

/** Link rates of a set of link values (a network group or a preset). */
export function linkRatesOf(values: LinkValues): LinkRates {
  const { uploadMbps, downloadMbps, linkEfficiencyFraction, rttMs } = values;
  const toBytesPerS = (mbps: number) => (mbps * BITS_PER_S_PER_MBPS * linkEfficiencyFraction) / BITS_PER_BYTE;
  const roundTripS = rttMs / MS_PER_S;
  return {
    uploadBytesPerS: toBytesPerS(uploadMbps),
    downloadBytesPerS: toBytesPerS(downloadMbps),
    oneWayLatencyS: roundTripS / ONE_WAY_DELAYS_PER_ROUND_TRIP,
    roundTripS,
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
