// Parameter group of the numeric formats: the weights, the activations (compute and in-memory state such as
// the KV cache) and what crosses the network between nodes (pipeline hand-offs, tensor-parallel syncs).
import { choiceParam, numberParam } from '../spec';

/** The formats a tensor can be stored or sent in. */
export const PRECISION_OPTIONS = ['fp32', 'bf16', 'fp8', 'int8', 'int4'] as const;

const FORMATS =
  'fp32 (4 bytes), bf16/fp16 (2), fp8 (1), int8 (1 plus a 16-bit scale per block), 4-bit (0.5 plus a 16-bit scale per block)';

/** Formats of weights, activations and communication. Defaults: bf16 throughout, as INTELLECT-1 trains. */
export const PRECISION_PARAMS = {
  weights: choiceParam({
    label: 'Weight format',
    options: PRECISION_OPTIONS,
    default: 'bf16',
    description: `Format of the stored weights (and gradients in training): ${FORMATS}. Sets memory, weight traffic and, with the activation format, the compute peak.`,
    source:
      'bf16 training as in INTELLECT-1 (arXiv 2412.01152); int8 as in LLM.int8() (arXiv 2208.07339); 4-bit as GGML Q4_0 and GPTQ (arXiv 2210.17323)',
  }),
  activations: choiceParam({
    label: 'Activation format',
    options: PRECISION_OPTIONS,
    default: 'bf16',
    description:
      'Format of activations and the KV cache. Matrix products run at the wider of the weight and activation formats (weight-only quantized kernels widen the weights), at the device peak for that format.',
    source:
      'AWQ (arXiv 2306.00978) and GPTQ: weight-only kernels dequantize to fp16; SmoothQuant (arXiv 2211.10438): int8 x int8 matmuls',
  }),
  communication: choiceParam({
    label: 'Network format',
    options: PRECISION_OPTIONS,
    default: 'bf16',
    description:
      'Format of hidden states sent between nodes (pipeline stages, tensor-parallel syncs); gradient and pseudo-gradient syncs keep their own bits in the training group.',
    source:
      'fp16 hidden states as in Petals (arXiv 2209.01188); distributed-llama README: Q80 buffer (34 bytes per 32 values)',
  }),
  blockSizeValues: numberParam({
    label: 'Values per scale block',
    unit: 'count',
    default: 32,
    min: 8,
    max: 65536,
    scale: 'log',
    integer: true,
    description:
      'Values sharing one 16-bit scale in the int8 and 4-bit formats; 32 gives 1.0625 and 0.5625 bytes per value. Use the row width for per-row scales.',
    source:
      'GGML block formats Q8_0 and Q4_0: 32 values and one fp16 scale per block (llama.cpp ggml-common.h)',
    advanced: true,
  }),
} as const;
