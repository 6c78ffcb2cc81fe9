// TFHE: where the lookups of a whole model run. Bootstraps of one layer are independent, so they spread over CPU
// cores or GPUs; a GPU is counted as a number of CPU cores' worth of bulk bootstrap throughput. With millions of
// bootstraps per layer the fixed per-layer latency of fhe/tfheGpuOps.ts is negligible and TFHE-rs splits each
// layer's bootstraps evenly over the GPUs (get_num_inputs_on_gpu), so throughput grows with the GPU count; single
// integer operations, whose layers are small, are timed layer by layer in fhe/tfheGpuOps.ts instead.
import type { Params } from '../../params/table';
import { tfheBootstrapSeconds } from './tfheBootstrap';
import type { LookupGroup } from './tfheLookups';

/** CPU cores of the Concrete ML ResNet18 CPU run (fhe-concrete-ml-resnet18 case). */
const CONCRETE_ML_CPU_CORE_COUNT = 196;
/** Concrete ML ResNet18 latency on that CPU and on 8 x H100, minutes. */
const CONCRETE_ML_CPU_MINUTES = 91;
const CONCRETE_ML_GPU_MINUTES = 56;
const CONCRETE_ML_GPU_COUNT = 8;
/**
 * Bulk bootstrap throughput of one GPU in CPU-core equivalents, fitted to Concrete ML's ResNet18 CPU and
 * 8 x H100 latencies (about 40 cores per H100). TFHE-rs's single-operation GPU latencies measure the depth
 * of one integer operation, not bulk throughput, so they are not used here.
 */
export const TFHE_CORE_EQUIVALENTS_PER_GPU_COUNT =
  (CONCRETE_ML_CPU_CORE_COUNT * (CONCRETE_ML_CPU_MINUTES / CONCRETE_ML_GPU_MINUTES)) / CONCRETE_ML_GPU_COUNT;

/** Parallel bootstrap lanes of the configured hardware, in CPU-core equivalents. */
export function tfheLaneCount(params: Params): number {
  return params.fhe.device === 'cpu'
    ? params.fhe.cpuCoreCount
    : params.hardware.gpusPerNodeCount * TFHE_CORE_EQUIVALENTS_PER_GPU_COUNT;
}

/** Seconds to run the lookups on the configured hardware: each KS-PBS at its precision, spread over the lanes. */
export function tfheComputeSeconds(params: Params, groups: readonly LookupGroup[]): number {
  const coreSeconds = groups.reduce(
    (sum, group) => sum + group.lookupCount * tfheBootstrapSeconds(group.precisionBits),
    0,
  );
  return coreSeconds / tfheLaneCount(params);
}
