// CKKS: approximate arithmetic packed in SIMD slots. Cost per non-linear element and bytes per encrypted input
// value, fitted to NEXUS's BERT-base run; the CPU runs 42.3x slower (NEXUS).
import type { Params } from '../../params/table';

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

/** Seconds of CKKS evaluation for the given non-linear element count on the configured hardware. */
export function ckksComputeSeconds(params: Params, elementCount: number): number {
  const gpuCount = params.hardware.gpusPerNodeCount;
  const gpuS = (elementCount * CKKS_GPU_SECONDS_PER_NONLINEAR_ELEMENT) / gpuCount;
  return params.fhe.device === 'cpu' ? gpuS * gpuCount * CKKS_CPU_OVER_GPU_SLOWDOWN_FACTOR : gpuS;
}
