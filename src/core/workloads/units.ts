// Unit conversions the workload formulas share, so no formula carries a bare power of ten.

/** Bits in one byte. */
export const BITS_PER_BYTE = 8;
/** Bits per second in one Mbit/s (network bandwidths are given in Mbit/s, decimal). */
export const BITS_PER_S_PER_MBPS = 1e6;
/** Bytes per second in one TB/s (memory bandwidths are given in TB/s, decimal). */
export const BYTES_PER_S_PER_TBPS = 1e12;
/** Bytes in one GB (memory sizes are given in GB, decimal, as in vendor datasheets). */
export const BYTES_PER_GB = 1e9;
/** Milliseconds in one second (round trips are given in ms). */
export const MS_PER_S = 1000;
/** One-way delays in a round trip: a round trip is there and back. */
export const ONE_WAY_DELAYS_PER_ROUND_TRIP = 2;
