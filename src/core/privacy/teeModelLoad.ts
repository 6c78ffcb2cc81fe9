// Loading a model's weights onto a GPU, split into the part confidential computing slows and the part it does
// not. A plain load is host-side work (reading the checkpoint from storage or page cache, deserialising,
// converting dtypes) followed by one host-to-device copy of the weights. Confidential mode leaves the host-side
// work alone and slows only the copy, which must pass an encrypted bounce buffer: on H100 the CPU encrypts it
// with AES-GCM in the copying thread; on Blackwell the measured encrypted copy rate ratio applies.
import type { ConfidentialModeId } from '../devices/confidentialModes';
import type { Params } from '../params/table';
import { weightBytesPerValue } from '../precision/formats';
import { BYTES_PER_GB } from '../units';
import { TEE_MODE_COSTS } from './teeModes';

/**
 * CPU cycles to AES-GCM-encrypt one byte on one core with AES-NI and PCLMULQDQ: 0.64 (Drucker, Gueron and
 * Krasnov, "Making AES great again: the forthcoming vectorized AES instruction", 2018: AES-GCM "dropping down to
 * 0.64 cycles per byte ... on the latest Intel processors").
 */
export const AES_GCM_CYCLES_PER_BYTE = 0.64;

/** The parts of one model load, seconds. */
export interface ModelLoadSplit {
  /** Host-side work outside the copy (storage or page-cache read, deserialising, dtype conversion). */
  hostSeconds: number;
  /** The host-to-device copy of the weights without confidential computing. */
  plainCopySeconds: number;
  /** The same copy through the mode's encrypted path. */
  confidentialCopySeconds: number;
}

/** Bytes of weights one load copies onto the GPU (parameters at the weight precision). */
export function modelLoadCopyBytes(params: Params): number {
  return params.model.parameterCount * weightBytesPerValue(params);
}

/** One core's AES-GCM rate at the host CPU's clock, GB/s (clock over cycles per byte). */
export function aesGcmOneCoreGBps(hostCpuClockGHz: number): number {
  return hostCpuClockGHz / AES_GCM_CYCLES_PER_BYTE;
}

/**
 * Encrypted host-to-device copy rate of a mode, GB/s. H100 CC: the plain link rate, capped by one core's AES-GCM
 * rate (secure copies do not gain concurrency within a context: Yin et al., arXiv 2606.23969). Other GPU modes:
 * the plain rate times the mode's measured encrypted rate ratio. CPU modes copy at the plain rate.
 */
export function encryptedHostToDeviceGBps(params: Params, mode: ConfidentialModeId): number {
  const plainGBps = params.tee.hostToDeviceGBps;
  if (mode === 'h100-cc') return Math.min(plainGBps, aesGcmOneCoreGBps(params.tee.hostCpuClockGHz));
  return plainGBps * TEE_MODE_COSTS[mode].hostToDeviceRateRatio;
}

/**
 * The split of one load. The host-side part is the measured plain load time (tee.plainModelLoadSeconds) less
 * the plain copy; with no measured time (0) a load is the copy alone.
 */
export function modelLoadSplit(params: Params, mode: ConfidentialModeId): ModelLoadSplit {
  const copyGB = modelLoadCopyBytes(params) / BYTES_PER_GB;
  const plainCopySeconds = copyGB / params.tee.hostToDeviceGBps;
  return {
    hostSeconds: Math.max(0, params.tee.plainModelLoadSeconds - plainCopySeconds),
    plainCopySeconds,
    confidentialCopySeconds: copyGB / encryptedHostToDeviceGBps(params, mode),
  };
}

/** Confidential over plain time of one load: only the copy is slowed. */
export function modelLoadSlowdownRatio(split: ModelLoadSplit): number {
  const plainSeconds = split.hostSeconds + split.plainCopySeconds;
  if (plainSeconds <= 0) return 1;
  return (split.hostSeconds + split.confidentialCopySeconds) / plainSeconds;
}

/** Encrypted over plain copy rate of one load (1 when nothing is copied). */
export function loadCopyRateRatio(split: ModelLoadSplit): number {
  if (split.confidentialCopySeconds <= 0) return 1;
  return split.plainCopySeconds / split.confidentialCopySeconds;
}
