// The `limits` parameter group: the inputs of Epoch AI's bounds on the largest feasible training run by 2030
// (power, chips, data, latency wall, and a geographically distributed fibre ring).
import { numberParam } from '../params/spec';
import { EPOCH_RUN_LENGTH_GAIN_FACTOR, REFERENCE_RUN_DAYS } from './reference';
import { CONFIGURED_RUN_PARAMS } from './utilisation/configuredRunParams';
import { CONFIGURED_RUN_TIMING_PARAMS } from './utilisation/configuredRunTimingParams';
import { UTILISATION_CURVE_PARAMS } from './utilisation/params';

const EPOCH_2030 = 'Epoch AI, "Can AI scaling continue through 2030?" (Sevilla et al., 2024)';

/** Inputs of the scaling limits; each default is Epoch AI's central assumption unless its source says otherwise. */
export const LIMITS_PARAMS = {
  runDurationDays: numberParam({
    label: 'Training run length',
    unit: 'days',
    default: REFERENCE_RUN_DAYS * EPOCH_RUN_LENGTH_GAIN_FACTOR,
    min: 1,
    max: 3650,
    scale: 'log',
    description: 'Wall-clock length of the hypothetical frontier run the limits bound.',
    source: `${EPOCH_2030}: 3x longer than Llama 3.1 405B's run (30.84M GPU-hours / 16,000 GPUs = 80.3 days)`,
  }),
  powerAvailableGW: numberParam({
    label: 'Power available to the run',
    unit: 'GW',
    default: 5,
    min: 0.001,
    max: 1000,
    scale: 'log',
    description: 'Electric power the run can draw, all-in (GPUs, servers, networking, cooling).',
    source: `${EPOCH_2030}: single 2030 campuses of 1-5 GW (upper end); distributed 2-45 GW`,
  }),
  allInWattsPerGpu: numberParam({
    label: 'All-in power per GPU',
    unit: 'W',
    default: 1700,
    min: 100,
    max: 20000,
    scale: 'log',
    description: 'Power per H100-class GPU including its share of servers, networking and cooling.',
    source: `${EPOCH_2030}: about 1,700 W per H100 all-in`,
  }),
  flopPerWattGainFactor: numberParam({
    label: 'Hardware energy-efficiency gain',
    unit: 'ratio',
    default: 4,
    min: 1,
    max: 1000,
    scale: 'log',
    description: 'FLOP per watt of 2030 hardware relative to the H100 (same precision).',
    source: `${EPOCH_2030}: FLOP/W trend of about 1.28x a year gives about 4x by 2030`,
  }),
  precisionGainFactor: numberParam({
    label: 'Lower-precision gain',
    unit: 'ratio',
    default: 2,
    min: 1,
    max: 16,
    scale: 'log',
    description: 'Throughput gain from training at lower precision (FP8 instead of BF16 doubles it).',
    source: `${EPOCH_2030}: FP8 training, 2x`,
  }),
  chipsAvailableCount: numberParam({
    label: 'Chips for the run (H100-equivalents)',
    unit: 'count',
    default: 1e8,
    min: 1e3,
    max: 1e10,
    scale: 'log',
    description: 'Accelerators, in H100-equivalents of throughput, that the largest run could use.',
    source: `${EPOCH_2030}: about 100M H100-equivalents (range 20M-400M)`,
  }),
  tokensAvailableCount: numberParam({
    label: 'Training tokens available',
    unit: 'tokens',
    default: 3e15,
    min: 1e9,
    max: 1e18,
    scale: 'log',
    description: 'Unique training data, text plus multimodal, in tokens.',
    source: `${EPOCH_2030}: 400 trillion to 20 quadrillion tokens; default is the geometric middle (assumption)`,
  }),
  tokensPerParameterRatio: numberParam({
    label: 'Tokens per parameter',
    unit: 'ratio',
    default: 20,
    min: 1,
    max: 10000,
    scale: 'log',
    description: 'Training tokens per model parameter (compute-optimal is about 20).',
    source: 'Hoffmann et al. 2022 (Chinchilla), as used by Epoch AI',
  }),
  batchTokensCount: numberParam({
    label: 'Largest useful batch',
    unit: 'tokens',
    default: 6e7,
    min: 1e3,
    max: 1e12,
    scale: 'log',
    description: 'Tokens per optimizer step; past the critical batch size bigger batches stop helping.',
    source: `${EPOCH_2030}: about 60M tokens`,
  }),
  perLayerLatencyUs: numberParam({
    label: 'Minimum latency per layer',
    unit: 'µs',
    default: 120,
    min: 0.1,
    max: 100000,
    scale: 'log',
    description: 'Unavoidable time for one layer’s forward and backward matrix multiplications.',
    source:
      'Epoch AI 2030 report; Erdil and Schneider-Joseph, "Data movement limits to frontier model training" (2024)',
  }),
  modelAspectRatio: numberParam({
    label: 'Model width / depth',
    unit: 'ratio',
    default: 128,
    min: 1,
    max: 10000,
    scale: 'log',
    description: 'Model width d over layer count L; with N = 12 L d^2 it sets how depth grows with size.',
    source: 'GPT-3 175B: 12,288 / 96 = 128; Llama 3.1 405B: 16,384 / 126 = 130',
  }),
  ringLengthKm: numberParam({
    label: 'Fibre ring length',
    unit: 'km',
    default: 11000,
    min: 1,
    max: 100000,
    scale: 'log',
    description:
      'Length of a ring of datacentres that all-reduce around it (geographically distributed run).',
    source: `${EPOCH_2030}: a ring through US datacentres of about 11,000 km`,
  }),
  targetRunFlop: numberParam({
    label: 'Run to power',
    unit: 'FLOP',
    default: 2e29,
    min: 1e20,
    max: 1e35,
    scale: 'log',
    description:
      'A training run size for which the power it needs and the utilisation it reaches are reported.',
    source: `${EPOCH_2030}: 2e29 FLOP is the headline feasible run`,
  }),
  ...UTILISATION_CURVE_PARAMS,
  ...CONFIGURED_RUN_PARAMS,
  ...CONFIGURED_RUN_TIMING_PARAMS,
} as const;
