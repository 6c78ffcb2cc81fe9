// CKKS: approximate arithmetic packed in SIMD slots. NEXUS is costed per non-linear element (fitted to its
// BERT-base run); THOR and Powerformer per homomorphic operation of their counted schedules (fhe/thorSchedule.ts,
// fhe/powerformerSchedule.ts) at the memory traffic of each operation (fhe/ckksOps.ts). Bytes per encrypted
// input value are NEXUS's; the CPU runs 42.3x slower (NEXUS), for every protocol.
import type { Params } from '../../params/table';
import type { PassOperations } from '../operationCounts';
import { totalNonlinearCount } from '../operationCounts';
import { CKKS_DESILO_GPU_TIME_OVER_TRAFFIC_RATIO, scheduleTrafficSeconds } from './ckksOps';
import { POWERFORMER_BERT_BASE_SCHEDULE } from './powerformerSchedule';
import {
  BERT_BASE_128_WORK,
  type CkksOperationMix,
  type CkksPart,
  ckksPartWork,
  THOR_BERT_BASE_SCHEDULE,
} from './thorSchedule';

/** The counted BERT-base schedules, by protocol (both on DESILO libraries: desilofhe, Liberate.FHE). */
const COUNTED_SCHEDULES = {
  thor: THOR_BERT_BASE_SCHEDULE,
  powerformer: POWERFORMER_BERT_BASE_SCHEDULE,
} as const satisfies Record<string, Record<CkksPart, CkksOperationMix>>;

/** A CKKS protocol with a counted schedule. */
export type CountedCkksProtocol = keyof typeof COUNTED_SCHEDULES;

/** BERT-base shape (12 layers, hidden 768, 12 heads, FFN 3072) and the NEXUS input length used to calibrate CKKS. */
const BERT_BASE_MODEL = { layerCount: 12, hiddenSize: 768, headCount: 12, feedForwardSize: 3072 };
const NEXUS_INPUT_TOKEN_COUNT = 128;
/** Non-linear elements of BERT-base per token at 128 tokens: GeLU inputs, softmax rows, LayerNorm inputs. */
const BERT_BASE_NONLINEAR_PER_TOKEN_AT_128 =
  BERT_BASE_MODEL.layerCount *
  (BERT_BASE_MODEL.feedForwardSize +
    BERT_BASE_MODEL.headCount * NEXUS_INPUT_TOKEN_COUNT +
    2 * BERT_BASE_MODEL.hiddenSize);
/** NEXUS BERT-base latency on one GPU, seconds, and its traffic, bytes (fhe-nexus-bert-base case). */
const NEXUS_GPU_LATENCY_S = 37.3;
const NEXUS_TRAFFIC_BYTES = 164e6;
/** NEXUS CPU over GPU runtime (fhe-nexus-bert-base case: 42.3x). */
export const CKKS_CPU_OVER_GPU_SLOWDOWN_FACTOR = 42.3;
/**
 * CKKS seconds per non-linear element on one GPU, amortised over SIMD slots and including the linear layers:
 * NEXUS's BERT-base latency divided by its non-linear element count at 128 tokens. Calibrated, not validated.
 */
export const CKKS_GPU_SECONDS_PER_NONLINEAR_ELEMENT =
  NEXUS_GPU_LATENCY_S / (NEXUS_INPUT_TOKEN_COUNT * BERT_BASE_NONLINEAR_PER_TOKEN_AT_128);
/**
 * CKKS bytes per encrypted input value, input and result together: NEXUS's 164 MB over BERT-base's
 * 128 x 768 input values. Calibrated, not validated.
 */
export const CKKS_BYTES_PER_ENCRYPTED_VALUE =
  NEXUS_TRAFFIC_BYTES / (NEXUS_INPUT_TOKEN_COUNT * BERT_BASE_MODEL.hiddenSize);

/**
 * A protocol's counted schedule carried to the given operations: each part's counts times the part's work over
 * the counted BERT-base pass (dense packing: ciphertexts, and so operations, grow with the elements worked on).
 */
export function countedSchedule(
  protocol: CountedCkksProtocol,
  operations: PassOperations,
): Record<CkksPart, CkksOperationMix> {
  const counted = COUNTED_SCHEDULES[protocol];
  const work = ckksPartWork(operations);
  const parts = Object.keys(counted) as CkksPart[];
  const scaled = {} as Record<CkksPart, CkksOperationMix>;
  for (const part of parts) {
    const ratio = work[part] / BERT_BASE_128_WORK[part];
    const mix = counted[part];
    scaled[part] = Object.fromEntries(
      Object.entries(mix).map(([kind, tally]) => [kind, { ...tally, count: tally.count * ratio }]),
    ) as CkksOperationMix;
  }
  return scaled;
}

/** Seconds of one GPU's CKKS evaluation of the given operations under the configured protocol. */
function ckksGpuSeconds(params: Params, operations: PassOperations): number {
  const protocol = params.fhe.ckksProtocol;
  if (protocol === 'nexus')
    return totalNonlinearCount(operations.nonlinear) * CKKS_GPU_SECONDS_PER_NONLINEAR_ELEMENT;
  const schedule = countedSchedule(protocol, operations);
  return (
    scheduleTrafficSeconds(schedule, params.hardware.memoryBandwidthTBps) *
    CKKS_DESILO_GPU_TIME_OVER_TRAFFIC_RATIO
  );
}

/** Seconds of CKKS evaluation of the given operations on the configured hardware (split over the GPUs). */
export function ckksComputeSeconds(params: Params, operations: PassOperations): number {
  const gpuCount = params.hardware.gpusPerNodeCount;
  const oneGpuS = ckksGpuSeconds(params, operations);
  return params.fhe.device === 'cpu' ? oneGpuS * CKKS_CPU_OVER_GPU_SLOWDOWN_FACTOR : oneGpuS / gpuCount;
}
