// Fully homomorphic encryption cost constants per scheme: measured data kept beside the FHE cost model.
// TFHE: one programmable bootstrap (PBS) per non-linear element, its cost growing steeply with bit width.
// CKKS: approximate arithmetic packed in SIMD slots, calibrated per element to NEXUS's BERT-base run.

import { pow } from '../math/index';

/** TFHE-rs programmable bootstrap of a 4-bit message on one CPU core, seconds (fhe-tfhe-primitives case). */
export const TFHE_PBS_4_BIT_S = 15.6e-3;
/** TFHE-rs programmable bootstrap of an 8-bit message on one CPU core, seconds (fhe-tfhe-primitives case). */
export const TFHE_PBS_8_BIT_S = 1.58;
/** Bit widths of the two TFHE-rs reference points. */
const TFHE_LOW_REFERENCE_BITS = 4;
const TFHE_HIGH_REFERENCE_BITS = 8;

/**
 * PBS cost at a message bit width: geometric interpolation through the TFHE-rs 4- and 8-bit points
 * (about x3.2 per bit), extrapolated outside them.
 */
export function tfheBootstrapSeconds(messageBitWidthCount: number): number {
  const growthPerBit = pow(
    TFHE_PBS_8_BIT_S / TFHE_PBS_4_BIT_S,
    1 / (TFHE_HIGH_REFERENCE_BITS - TFHE_LOW_REFERENCE_BITS),
  );
  return TFHE_PBS_4_BIT_S * pow(growthPerBit, messageBitWidthCount - TFHE_LOW_REFERENCE_BITS);
}

/** CPU cores of the Concrete ML ResNet18 CPU run (fhe-concrete-ml-resnet18 case). */
const CONCRETE_ML_CPU_CORE_COUNT = 196;
/** Concrete ML ResNet18 latency on that CPU and on 8 x H100, minutes. */
const CONCRETE_ML_CPU_MINUTES = 91;
const CONCRETE_ML_GPU_MINUTES = 56;
const CONCRETE_ML_GPU_COUNT = 8;
/**
 * Bulk PBS throughput of one GPU in CPU-core equivalents, calibrated to Concrete ML's ResNet18 CPU and
 * 8 x H100 latencies (about 40 cores per H100). TFHE-rs's single-operation latency ratio (262 ms / 31.9 ms
 * for a 64-bit multiply) measures depth, not bulk throughput, so it is not used here.
 */
export const TFHE_CORE_EQUIVALENTS_PER_GPU_COUNT =
  (CONCRETE_ML_CPU_CORE_COUNT * (CONCRETE_ML_CPU_MINUTES / CONCRETE_ML_GPU_MINUTES)) / CONCRETE_ML_GPU_COUNT;
/**
 * Accuracy lost by quantising to 6 bits for TFHE: Concrete ML ResNet18 top-1 67% plain, 55% under FHE.
 * Calibrated, not validated.
 */
export const TFHE_ACCURACY_LOSS_AT_6_BITS_FRACTION = 0.67 - 0.55;
/** Bit width of that accuracy point. */
export const TFHE_ACCURACY_REFERENCE_BITS = 6;
/**
 * Quantisation noise power falls by 4 per extra bit; the accuracy loss is taken proportional to it
 * (assumption: a first-order model with one calibration point).
 */
export const TFHE_ACCURACY_LOSS_FACTOR_PER_BIT = 4;
/**
 * Bytes of one TFHE LWE ciphertext of a small message: (n + 1) x 8 bytes with an LWE dimension of about
 * 1024 (order of TFHE-rs default parameters; assumption, not calibrated).
 */
export const TFHE_BYTES_PER_ENCRYPTED_VALUE = (1024 + 1) * 8;

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
