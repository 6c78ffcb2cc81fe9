// Time on the configured network for the messages a protocol sends: bytes over the slower direction of a
// node's link, and sequential round trips. Shared by the cryptographic techniques.
import type { Params } from '../params/table';
import { BITS_PER_BYTE, BITS_PER_S_PER_MBPS, MS_PER_S } from '../units';

/** Seconds to send `bytes` from one node: the slower of upload and download, times link efficiency. */
export function transferSeconds(params: Params, bytes: number): number {
  const { uploadMbps, downloadMbps, linkEfficiencyFraction } = params.network;
  const bitsPerS = Math.min(uploadMbps, downloadMbps) * BITS_PER_S_PER_MBPS * linkEfficiencyFraction;
  return (bytes * BITS_PER_BYTE) / bitsPerS;
}

/** Seconds of `roundCount` sequential round trips at the configured mean round-trip time. */
export function roundTripSeconds(params: Params, roundCount: number): number {
  return (roundCount * params.network.rttMs) / MS_PER_S;
}
