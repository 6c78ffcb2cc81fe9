// Unit conversions, defined once: every formula in the core converts between the units its inputs carry
// (Mbit/s, GB, TFLOP/s, ms, hours...) with these named factors, never with a bare power of ten. Decimal
// prefixes (SI, as vendor datasheets and network rates use them) unless the name says GiB.

/** Bits in one byte. */
export const BITS_PER_BYTE = 8;
/** Bits per second in one Mbit/s (network bandwidths are given in Mbit/s, decimal). */
export const BITS_PER_S_PER_MBPS = 1e6;
/** Bytes in one MB (decimal). */
export const BYTES_PER_MB = 1e6;
/** Bytes in one GB (decimal, as in vendor datasheets). */
export const BYTES_PER_GB = 1e9;
/**
 * Bytes in one GB of memory capacity, i.e. one GiB (2^30 bytes): device memory is quoted in binary units
 * (JEDEC JESD100B.01, "giga (as a prefix to units of semiconductor storage capacity): 2^30"), so an "80 GB"
 * H100 or A100 holds 80 x 2^30 bytes (nvidia-smi: 81,920 MiB on A100 80GB, 81,559 MiB on H100) and a
 * "24 GB" RTX 4090 24 x 2^30. Every memory-capacity check (hardware.memoryGB, limits.gpuMemoryGB) and
 * every memory requirement compared with one converts with this factor.
 */
export const BYTES_PER_GIB = 1_073_741_824;
/** Bytes in one MiB (2^20). */
export const BYTES_PER_MIB = 1_048_576;
/** Bytes in one TB (decimal). */
export const BYTES_PER_TB = 1e12;
/** Bytes per second in one GB/s (decimal). */
export const BYTES_PER_S_PER_GBPS = 1e9;
/** Bytes per second in one TB/s (memory bandwidths are given in TB/s, decimal). */
export const BYTES_PER_S_PER_TBPS = 1e12;
/** FLOP in one TFLOP. */
export const FLOP_PER_TFLOP = 1e12;
/** FLOP in one PFLOP. */
export const FLOP_PER_PFLOP = 1e15;
/** Cycles per second in one GHz (SI). */
export const HZ_PER_GHZ = 1e9;
/** Seconds in one microsecond. */
export const SECONDS_PER_US = 1e-6;
/** Milliseconds in one second (round trips are given in ms). */
export const MS_PER_S = 1000;
/** Seconds in one minute. */
export const SECONDS_PER_MINUTE = 60;
/** Seconds in one hour (GPU-hour prices). */
export const SECONDS_PER_HOUR = 3600;
/** Seconds in one day. */
export const SECONDS_PER_DAY = 86_400;
/** Seconds in a Julian year, the astronomical convention (IAU). */
export const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;
/** Joules in one kilowatt-hour. */
export const JOULES_PER_KWH = 3.6e6;
/** Watts in one kilowatt. */
export const WATTS_PER_KW = 1000;
/** Watts in one megawatt. */
export const WATTS_PER_MW = 1e6;
/** Watts in one gigawatt. */
export const WATTS_PER_GW = 1e9;
/** Metres in one kilometre. */
export const METRES_PER_KM = 1000;
/** One-way delays in a round trip: a round trip is there and back. */
export const ONE_WAY_DELAYS_PER_ROUND_TRIP = 2;
