// What one node's network link delivers: usable upload and download rates and the one-way delay.
import type { Params } from '../params/table';
import { BITS_PER_BYTE, BITS_PER_S_PER_MBPS, MS_PER_S, ONE_WAY_DELAYS_PER_ROUND_TRIP } from './units';

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

/** Link rates from the network group: nominal Mbit/s times link efficiency, half the round trip one way. */
export function linkRates(params: Params): LinkRates {
  const { uploadMbps, downloadMbps, linkEfficiencyFraction, rttMs } = params.network;
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
