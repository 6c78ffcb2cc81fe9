// Published reference points Epoch AI's 2030 arithmetic scales from: the Llama 3.1 405B training run and
// GPT-4's training compute, plus the transformer rules of thumb the limits use.
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../units';

/** Training compute of Llama 3.1 405B, FLOP. Source: Meta, "The Llama 3 Herd of Models" (2024); Epoch AI. */
export const REFERENCE_RUN_FLOP = 3.8e25;
/** GPUs in the Llama 3.1 405B run (H100). Source: Epoch AI 2030 report (rounding Meta's 16,384). */
export const REFERENCE_RUN_GPU_COUNT = 16_000;
/** H100 GPU-hours of the Llama 3.1 405B run. Source: Meta Llama 3.1 model card (30.84M GPU-hours). */
export const REFERENCE_RUN_GPU_HOURS = 30.84e6;

/**
 * FLOP per second each GPU delivered in the reference run, averaged over its GPU-hours (including restarts
 * and stalls): 3.8e25 / (30.84M x 3600 s) = 3.42e14, i.e. 35% of the H100's 989 TFLOP/s dense bf16 peak.
 */
export const REFERENCE_ACHIEVED_FLOP_PER_GPU_S =
  REFERENCE_RUN_FLOP / (REFERENCE_RUN_GPU_HOURS * SECONDS_PER_HOUR);
/** Wall-clock length of the reference run, days: 30.84M GPU-hours / 16,000 GPUs = 80.3 days. */
export const REFERENCE_RUN_DAYS =
  REFERENCE_RUN_GPU_HOURS / REFERENCE_RUN_GPU_COUNT / (SECONDS_PER_DAY / SECONDS_PER_HOUR);
/** How much longer Epoch assumes a 2030 frontier run lasts than the reference run. Source: Epoch AI 2030 report. */
export const EPOCH_RUN_LENGTH_GAIN_FACTOR = 3;

/** Training compute of GPT-4, FLOP, the yardstick of "10,000x". Source: Epoch AI estimate (2.1e25). */
export const GPT4_TRAINING_FLOP = 2.1e25;
/** Training FLOP per parameter per token (forward and backward). Source: Kaplan et al. 2020. */
export const TRAINING_FLOP_PER_PARAMETER_TOKEN = 6;
/** Parameters of one transformer layer per squared model width (attention 4 d^2 + MLP 8 d^2). Source: Kaplan et al. 2020. */
export const PARAMETERS_PER_LAYER_PER_WIDTH_SQUARED = 12;
