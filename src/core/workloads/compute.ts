// Time bounds of work on one group of GPUs: the compute bound (FLOP at the achievable utilization) and the
// memory bound (weights streamed from device memory once per step); a step takes the larger.

import type { Params } from '../params/table';
import { computePeakFlopPerS } from '../precision/formats';
import { BYTES_PER_S_PER_TBPS } from '../units';

/** Seconds to do `flop` on `gpuCount` GPUs: FLOP / (GPUs x peak x MFU). Source: docs/model/performance.md. */
export function computeTimeS(params: Params, flop: number, gpuCount: number): number {
  return flop / (gpuCount * computePeakFlopPerS(params) * params.hardware.mfuFraction);
}

/**
 * Seconds to read `bytes` of weights from the memory of `gpuCount` GPUs at the achievable share of their
 * peak bandwidth. Decoding reads every weight once per step, so this bounds a step from below.
 * Source: docs/model/performance.md (time per token >= N x bytes per parameter / memory bandwidth).
 */
export function memoryTimeS(params: Params, bytes: number, gpuCount: number): number {
  const { memoryBandwidthTBps, memoryBandwidthEfficiencyFraction } = params.hardware;
  return bytes / (gpuCount * memoryBandwidthTBps * BYTES_PER_S_PER_TBPS * memoryBandwidthEfficiencyFraction);
}

/** The two bounds of one forward pass and the one that binds. */
export interface ForwardTime {
  computeS: number;
  memoryS: number;
  /** The larger of the two: the time the pass takes. */
  seconds: number;
}

/** Time of a forward pass of `flop` that also reads `weightBytes` of weights once, on `gpuCount` GPUs. */
export function forwardTime(
  params: Params,
  flop: number,
  weightBytes: number,
  gpuCount: number,
): ForwardTime {
  const computeS = computeTimeS(params, flop, gpuCount);
  const memoryS = memoryTimeS(params, weightBytes, gpuCount);
  return { computeS, memoryS, seconds: Math.max(computeS, memoryS) };
}
