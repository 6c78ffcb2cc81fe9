// The cost of running a job in a trusted execution mode, shared by the TEE privacy technique and TEE
// attestation. GPU modes: compute inside the GPU is native, but each step's CPU-GPU crossings pay a fixed cost
// and copies run at a reduced encrypted rate; H100 also encrypts GPU-GPU traffic in software. CPU modes pay
// memory encryption on compute. The mode must be one the device supports (constraints.ts).
import {
  CONFIDENTIAL_MODES,
  type ConfidentialModeId,
  supportedConfidentialModes,
} from '../devices/confidentialModes';
import type { EffectContext, StepTerm } from '../engine/types';
import type { Params } from '../params/table';
import { BYTES_PER_GB } from '../units';
import { expertAllToAll } from '../workloads/inference/expertParallel';
import { workloadComputeSeconds } from './outcome';
import { loadCopyRateRatio, modelLoadSlowdownRatio, modelLoadSplit } from './teeModelLoad';
import { CROSSINGS_PER_STEP_COUNT, TEE_MODE_COSTS } from './teeModes';

/** A ring all-reduce moves 2(g-1)/g of the buffer per GPU, so 2(g-1) buffers in total across g GPUs. */
const RING_ALL_REDUCE_BUFFERS_PER_EXTRA_GPU_COUNT = 2;
/** Tensor-parallel all-reduces per layer per token (attention output and MLP output; Megatron-LM). */
const TENSOR_PARALLEL_SYNCS_PER_LAYER_COUNT = 2;

/** The mode the job runs in: the chosen one, or for `auto` the device's GPU mode, else its first CPU mode. */
export function effectiveTeeMode(params: Params): ConfidentialModeId | undefined {
  const supported = supportedConfidentialModes(params.hardware);
  if (params.tee.mode !== 'auto') return params.tee.mode;
  const gpuMode = CONFIDENTIAL_MODES.find((mode) => mode.coversGpu && supported.includes(mode.id));
  return gpuMode?.id ?? supported[0];
}

/**
 * Bytes per step that cross GPU-GPU links inside one node, from the work description: training all-reduces the
 * gradient (at the weight precision); inference of a mixture-of-experts model spread over the node's GPUs sends
 * each GPU's expert dispatch and combine traffic (expertParallel.ts); a dense model's tensor-parallel layers
 * all-reduce the hidden state twice per layer.
 */
export function intraNodePeerBytes(context: EffectContext): number {
  const { params, work, workload } = context;
  const gpuCount = params.hardware.gpusPerNodeCount;
  const extraGpuCount = gpuCount - 1;
  if (extraGpuCount <= 0) return 0;
  const buffersCount = RING_ALL_REDUCE_BUFFERS_PER_EXTRA_GPU_COUNT * extraGpuCount;
  if (params.workload.kind === 'training') return buffersCount * work.weightBytes;
  const tokensPerNode = workload.tokensPerStep / Math.max(1, params.network.nodeCount);
  if (work.routedExperts) return gpuCount * expertAllToAll(params, work, tokensPerNode).bytesPerGpu;
  return (
    buffersCount *
    tokensPerNode *
    work.layerCount *
    TENSOR_PARALLEL_SYNCS_PER_LAYER_COUNT *
    work.boundaryWidthCount *
    work.activationBytesPerValue
  );
}

/** What a confidential-computing mode adds to a step, and how many bytes it encrypts. */
export interface TeeOverhead {
  terms: StepTerm[];
  encryptedBytesPerNodePerStep: number;
  /** Time to load the model's weights onto the GPUs in this mode over the time without it. */
  modelLoadSlowdownRatio: number;
  /** Encrypted over plain host-to-device copy rate in this mode. */
  hostToDeviceRateRatio: number;
  /** Fixed cost of one CPU-GPU crossing in this mode, seconds. */
  secondsPerCrossing: number;
  /** Plain over confidential throughput of a swap-bound server: (1 - f) + f x the load slowdown. */
  modelSwapThroughputRatio: number;
}

/** Plain over confidential throughput when a share of plain time loads weights and each load is slower by a ratio. */
export function modelSwapThroughputRatio(loadShareFraction: number, loadSlowdownRatio: number): number {
  return 1 - loadShareFraction + loadShareFraction * loadSlowdownRatio;
}

/** Mode cost of one step, charged to the given step category. */
export function teeOverhead(context: EffectContext, category: StepTerm['category']): TeeOverhead {
  const { params, workload } = context;
  const mode = effectiveTeeMode(params);
  if (mode === undefined)
    return {
      terms: [],
      encryptedBytesPerNodePerStep: 0,
      modelLoadSlowdownRatio: 1,
      hostToDeviceRateRatio: 1,
      secondsPerCrossing: 0,
      modelSwapThroughputRatio: 1,
    };
  const cost = TEE_MODE_COSTS[mode];
  const crossingS = CROSSINGS_PER_STEP_COUNT * cost.secondsPerCrossing;
  const peerBytes = cost.encryptsPeerTrafficInSoftware ? intraNodePeerBytes(context) : 0;
  const encryptedBytes = workload.trafficBytesPerNodePerStep + peerBytes;
  const peerS = peerBytes / (params.tee.encryptedTransferGBps * BYTES_PER_GB);
  const computeS = cost.computeOverheadFraction * workloadComputeSeconds(workload);
  const load = modelLoadSplit(params, mode);
  const loadSlowdownRatio = modelLoadSlowdownRatio(load);
  return {
    terms: [
      { name: 'TEE: CPU-GPU crossings per step', category, seconds: crossingS, driver: 'fixed' },
      { name: 'TEE: encrypting GPU-GPU traffic', category, seconds: peerS, driver: 'fixed' },
      { name: 'TEE: memory encryption on compute', category, seconds: computeS, driver: 'compute' },
    ],
    encryptedBytesPerNodePerStep: encryptedBytes,
    modelLoadSlowdownRatio: loadSlowdownRatio,
    hostToDeviceRateRatio: loadCopyRateRatio(load),
    secondsPerCrossing: cost.secondsPerCrossing,
    modelSwapThroughputRatio: modelSwapThroughputRatio(
      params.tee.modelSwapLoadShareFraction,
      loadSlowdownRatio,
    ),
  };
}
