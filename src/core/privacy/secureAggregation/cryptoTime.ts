// Seconds of the mask work of secure aggregation, from cited per-operation rates of one CPU core: PRG
// expansion as AES in counter mode with AES-NI, and prime-field multiply-adds as a finite-field matrix
// product at the core's double-precision FMA rate. Rates scale with the clock and the cores given.
import { HZ_PER_GHZ } from '../../units';
import { AES_GCM_CYCLES_PER_BYTE } from '../teeModelLoad';

/**
 * CPU cycles to expand one byte of PRG output: AES-128 in counter mode with AES-NI. Taken as the AES-GCM figure
 * (0.64 cycles per byte, Drucker, Gueron and Krasnov 2018), which is counter mode plus the GHASH authenticator,
 * so an upper bound on the cost of counter mode alone. Bonawitz et al. 2017 instantiate the PRG with AES in
 * counter mode.
 */
export const PRG_CYCLES_PER_BYTE = AES_GCM_CYCLES_PER_BYTE;

/**
 * Prime-field multiply-adds per cycle per core: 8, the double-precision FMA rate of a core with two 256-bit FMA
 * pipes (AMD Zen 4: 32 fp32 FLOP per cycle = 16 fp32 FMA = 8 fp64 FMA; AMD Zen 4 software optimization guide,
 * as in src/core/devices/cpu.ts). A matrix product over a word-size prime field runs asymptotically at the
 * double-precision BLAS rate with delayed modular reduction (Dumas, Giorgi and Pernet, "Dense linear algebra
 * over word-size prime fields: the FFLAS and FFPACK packages", ACM TOMS 2008), and MDS encoding and decoding
 * are such products; a naive implementation is slower, so this is the optimised bound.
 */
export const FIELD_MULTIPLY_ADDS_PER_CYCLE = 8;

/** The cores doing the work: their clock and how many share it (the work is split evenly). */
export interface CryptoCores {
  clockGHz: number;
  coreCount: number;
}

/** Seconds to expand `valueCount` PRG values of `bytesPerValue` bytes each on the given cores. */
export function prgSeconds(valueCount: number, bytesPerValue: number, cores: CryptoCores): number {
  const cycles = valueCount * bytesPerValue * PRG_CYCLES_PER_BYTE;
  return cycles / (cores.clockGHz * HZ_PER_GHZ * cores.coreCount);
}

/** Seconds for `multiplyAddCount` prime-field multiply-adds on the given cores. */
export function fieldSeconds(multiplyAddCount: number, cores: CryptoCores): number {
  return multiplyAddCount / (FIELD_MULTIPLY_ADDS_PER_CYCLE * cores.clockGHz * HZ_PER_GHZ * cores.coreCount);
}
