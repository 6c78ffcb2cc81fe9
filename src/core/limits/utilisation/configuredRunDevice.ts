// The configured run's device as the step model's inputs: the hardware group's peak, memory bandwidth and
// memory, the chips that share the fast links, and the matmul efficiency of a whole training step in the
// configured number format.
import type { FieldError } from '../../params/constraints';
import type { Params } from '../../params/table';
import { FLOP_PER_TFLOP } from '../../units';
import { stepMatmulFractionAt } from './stepEfficiency';

/**
 * The step model's limits for the configured device (peak stays the 16-bit one; fp8 raises the efficiency
 * by the achieved fp8 GEMM speed-up, never above the datasheet peak ratio).
 */
export function configuredDeviceLimits(params: Params): Params['limits'] {
  const { hardware, limits } = params;
  const peakRatio =
    limits.configuredMatmulPrecision === 'fp8'
      ? Math.min(limits.configuredFp8GemmSpeedup, hardware.peakFp8FlopPerS / hardware.peakFlopPerS)
      : 1;
  return {
    ...limits,
    achievableMatmulFraction: stepMatmulFractionAt(
      limits.configuredMatmulFraction,
      limits.achievableMatmulFraction,
      peakRatio,
    ),
    gpuPeakTflops: hardware.peakFlopPerS / FLOP_PER_TFLOP,
    gpuMemoryBandwidthTBps: hardware.memoryBandwidthTBps,
    gpuMemoryGB: hardware.memoryGB,
    nodeGpuCount:
      limits.configuredFastLinkDomainGpuCount > 0
        ? limits.configuredFastLinkDomainGpuCount
        : hardware.gpusPerNodeCount,
  };
}

/** Why the device cannot run the configured format, naming the field, or undefined. */
export function configuredDeviceProblem(params: Params): FieldError | undefined {
  if (params.limits.configuredMatmulPrecision !== 'fp8' || params.hardware.peakFp8FlopPerS > 0)
    return undefined;
  return {
    path: 'limits.configuredMatmulPrecision',
    message:
      'fp8 needs a device with an fp8 peak (hardware.peakFp8FlopPerS > 0); allowed: "bf16" on this device',
  };
}
