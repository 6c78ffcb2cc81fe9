// Chip bound: the run the available accelerators can compute in the run's length, at the reference run's
// achieved throughput per H100 times the lower-precision gain.

import { SECONDS_PER_DAY } from '../units';
import { REFERENCE_ACHIEVED_FLOP_PER_GPU_S } from './reference';

/**
 * Largest training run, FLOP, that `chipsAvailableCount` H100-equivalents compute in `runDurationDays`.
 * H100-equivalents already carry hardware improvements, so only the precision gain applies on top.
 */
export function chipBoundFlop(
  chipsAvailableCount: number,
  runDurationDays: number,
  precisionGainFactor: number,
): number {
  return (
    chipsAvailableCount *
    REFERENCE_ACHIEVED_FLOP_PER_GPU_S *
    precisionGainFactor *
    runDurationDays *
    SECONDS_PER_DAY
  );
}
