// A run spread over a ring of datacentres joined by fibre: each synchronisation travels the ring twice
// (reduce-scatter then all-gather), so light speed in glass bounds how many updates fit in the run.

import { METRES_PER_KM, SECONDS_PER_DAY } from '../units';
import { trainingFlopForTokens } from './data';

/** Speed of light in optical fibre, m/s (refractive index about 1.5). Source: Epoch AI 2030 report (2e8 m/s). */
export const FIBRE_LIGHT_SPEED_M_PER_S = 2e8;
/**
 * Trips around the ring per synchronisation: ring all-reduce is a reduce-scatter then an all-gather, each
 * passing every segment once. Source: Epoch AI 2030 report; Patarasuk and Yuan 2009 (ring all-reduce).
 */
export const RING_TRAVERSALS_PER_SYNC_COUNT = 2;

/** Time of one synchronisation around the ring, seconds (propagation only: compute and bandwidth overlap). */
export function ringSyncS(ringLengthKm: number): number {
  return (RING_TRAVERSALS_PER_SYNC_COUNT * ringLengthKm * METRES_PER_KM) / FIBRE_LIGHT_SPEED_M_PER_S;
}

/** Optimizer updates that fit in the run when every update waits for one ring synchronisation. */
export function ringUpdateCount(ringLengthKm: number, runDurationDays: number): number {
  return (runDurationDays * SECONDS_PER_DAY) / ringSyncS(ringLengthKm);
}

/** Largest compute-optimal run, FLOP, with updates x batch tokens of data. */
export function ringMaxFlop(
  ringLengthKm: number,
  runDurationDays: number,
  batchTokensCount: number,
  tokensPerParameterRatio: number,
): number {
  const tokenCount = ringUpdateCount(ringLengthKm, runDurationDays) * batchTokensCount;
  return trainingFlopForTokens(tokenCount, tokensPerParameterRatio);
}
