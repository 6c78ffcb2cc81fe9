// Per-operation cost of CKKS on a GPU, from memory traffic. CKKS kernels on GPUs are bound by main-memory
// bandwidth (Jung et al., "Over 100x faster bootstrapping in FHE through memory-centric optimization with
// GPUs", TCHES 2021, abstract: "the major performance bottleneck is their high main-memory bandwidth
// requirement"), so each operation is priced by the polynomial limbs it reads and writes (one limb = N words)
// at the device's memory bandwidth. A library's time over that bound is one fitted ratio per library.
import { BYTES_PER_S_PER_TBPS } from '../../units';
import {
  CKKS_OPERATION_KINDS,
  type CkksOperationKind,
  type CkksOperationMix,
  type CkksPart,
  THOR_BERT_BASE_SCHEDULE,
} from './thorSchedule';

/** Ring degree of THOR's parameters: 2^15 slots (he.py SLOT_COUNT), so N = 2^16 coefficients per limb. */
export const CKKS_RING_DEGREE_COUNT = 65536;
/** Bytes per RNS word: 64-bit words, as in the 100x and Phantom GPU implementations (assumption for DESILO). */
export const CKKS_WORD_BYTES = 8;
/**
 * Key-switching digits (hybrid key switching, Han and Ki 2020, as analysed for GPUs by Jung et al. 2021):
 * 3 is an assumption; DESILO does not publish its setting. The special limbs are the top level over the digits.
 */
export const CKKS_KEY_SWITCH_DIGIT_COUNT = 3;
/**
 * Limbs at the top of the modulus chain: THOR's 14 user levels (he.py use_bootstrap_to_14_levels) plus about
 * 10 levels consumed inside bootstrapping (assumption), plus the base limb.
 */
export const CKKS_TOP_LIMB_COUNT = 25;
/**
 * Key switches in one bootstrap: the 52 rotations of the DESILO bootstrap key THOR builds (he.py,
 * bootstrap_deltas, large key) and 2 conjugations, all at the top of the chain. A lower bound: the
 * multiplications of the modular reduction are not counted.
 */
export const CKKS_BOOTSTRAP_KEY_SWITCH_COUNT = 54;

/** Limbs read and written per limb of the operand: add 2 in 1 out (x2 polys), plain multiply, tensor, rescale. */
const ELEMENTWISE_LIMB_PASSES_PER_LIMB: Record<
  Exclude<CkksOperationKind, 'bootstrap' | 'keySwitch'>,
  number
> = {
  add: 6,
  plainMultiply: 5,
  cipherMultiply: 7,
  rescale: 4,
};

/**
 * Limb passes of one hybrid key switch at `limbCount` limbs: the input and output ciphertexts (7 limb passes
 * per limb) and, on the basis extended by the special limbs, the raised digits written and read, the 2-poly
 * key of every digit read and the 2-poly result lowered back (4 x digits + 4 passes per extended limb).
 */
export function keySwitchLimbPasses(limbCount: number): number {
  const specialLimbs = Math.ceil(CKKS_TOP_LIMB_COUNT / CKKS_KEY_SWITCH_DIGIT_COUNT);
  return 7 * limbCount + (4 * CKKS_KEY_SWITCH_DIGIT_COUNT + 4) * (limbCount + specialLimbs);
}

/** Limb passes of one operation of a kind at `limbCount` limbs (a bootstrap runs at the top of the chain). */
export function operationLimbPasses(kind: CkksOperationKind, limbCount: number): number {
  if (kind === 'bootstrap') return CKKS_BOOTSTRAP_KEY_SWITCH_COUNT * keySwitchLimbPasses(CKKS_TOP_LIMB_COUNT);
  if (kind === 'keySwitch') return keySwitchLimbPasses(limbCount);
  return ELEMENTWISE_LIMB_PASSES_PER_LIMB[kind] * limbCount;
}

/** Bytes of memory traffic of a schedule (parts of operation mixes). */
export function scheduleTrafficBytes(
  schedule: Readonly<Partial<Record<CkksPart, CkksOperationMix>>>,
): number {
  let limbPasses = 0;
  for (const mix of Object.values(schedule)) {
    for (const kind of CKKS_OPERATION_KINDS) {
      const { count, meanLimbCount } = mix[kind];
      limbPasses += count * operationLimbPasses(kind, meanLimbCount);
    }
  }
  return limbPasses * CKKS_RING_DEGREE_COUNT * CKKS_WORD_BYTES;
}

/** Seconds to move a schedule's traffic once at the given memory bandwidth (the memory-bound floor). */
export function scheduleTrafficSeconds(
  schedule: Readonly<Partial<Record<CkksPart, CkksOperationMix>>>,
  memoryBandwidthTBps: number,
): number {
  return scheduleTrafficBytes(schedule) / (memoryBandwidthTBps * BYTES_PER_S_PER_TBPS);
}

/** A100 SXM 80 GB memory bandwidth, TB/s (NVIDIA A100 datasheet; the catalogue's A100_SXM_80GB). */
const A100_MEMORY_BANDWIDTH_TBPS = 2.039;
/** THOR's BERT-base latency on one A100, s (thor-bert-base-single-gpu: 10.43 min). */
const THOR_A100_LATENCY_S = 625.8;

/**
 * DESILO's GPU time over the memory-traffic floor of the same operations: THOR's published latency over its
 * counted schedule's traffic at the A100's bandwidth. Fitted from that one figure; it holds whatever the
 * floor leaves out (per-operation launch and host overhead, encoding of the light plaintexts, caches).
 */
export const CKKS_DESILO_GPU_TIME_OVER_TRAFFIC_RATIO =
  THOR_A100_LATENCY_S / scheduleTrafficSeconds(THOR_BERT_BASE_SCHEDULE, A100_MEMORY_BANDWIDTH_TBPS);
