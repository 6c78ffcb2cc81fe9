// Parameters of fully homomorphic encryption (group `fhe`): scheme, hardware, bit width and CPU cores.
import { choiceParam, numberParam } from '../../params/spec';
import { RADIX_OPERATIONS } from './radixOps';

/** Parameters of FHE (group `fhe`). */
export const FHE_PARAMS = {
  scheme: choiceParam({
    label: 'FHE scheme',
    options: ['ckks', 'tfhe'] as const,
    default: 'ckks',
    description:
      'CKKS: approximate arithmetic in SIMD slots (NEXUS-style transformers). TFHE: exact small integers with a programmable bootstrap per non-linear element (Concrete ML).',
    source: 'NEXUS (NDSS 2025); TFHE-rs and Concrete ML (Zama)',
  }),
  ckksProtocol: choiceParam({
    label: 'CKKS protocol',
    options: ['nexus', 'thor', 'powerformer'] as const,
    default: 'nexus',
    description:
      'Whose CKKS transformer evaluation is costed: NEXUS (one fitted cost per non-linear element), or THOR or Powerformer (the counted schedule of bootstraps, key switches, multiplications and additions of the authors’ code, each operation priced by its memory traffic at the device bandwidth, times DESILO’s fitted time over that floor). Powerformer’s schedule is its distilled BERT (power-function attention, linear normalisation).',
    source:
      'NEXUS (NDSS 2025); THOR (ePrint 2024/1881, CCS 2025) and github.com/Desilo/THOR; Powerformer (ACL 2025) and github.com/thrudgelmir/Powerformer',
  }),
  device: choiceParam({
    label: 'FHE hardware',
    options: ['gpu', 'cpu'] as const,
    default: 'gpu',
    description: 'Run the homomorphic evaluation on the node’s GPUs or on its CPU cores.',
    source: 'NEXUS GPU version 42.3x faster than CPU; Concrete ML ResNet18 on 196 cores versus 8 x H100',
  }),
  messageBitWidthCount: numberParam({
    label: 'Message bit width (TFHE)',
    unit: 'bits',
    default: 6,
    min: 1,
    max: 16,
    integer: true,
    description:
      'Bits of each quantised value a bootstrap handles; cost grows with the TFHE-rs parameter set each precision needs (about x8 from 4 to 6 bits, x13 from 6 to 8).',
    source: 'TFHE-rs KS-PBS benchmarks and v1.4 parameter sets; Concrete ML ResNet18 at 6 bits',
  }),
  encryptedPart: choiceParam({
    label: 'Part of the model run under FHE',
    options: ['whole-model', 'attention'] as const,
    default: 'whole-model',
    description:
      'The whole model, or only its attention (the attention-score products and softmax), the rest running in the clear on the client as in Concrete ML’s GPT-2 examples.',
    source: 'Concrete ML use_case_examples/llm (single head and multi-head attention of GPT-2 in FHE)',
  }),
  integerOperation: choiceParam({
    label: 'Integer operation timed (TFHE on GPUs)',
    options: RADIX_OPERATIONS,
    default: 'mul',
    description:
      'One homomorphic operation on two encrypted radix integers whose latency is reported: addition, multiplication, equality, order comparison, bitwise operation or division (TFHE on the node’s H100s).',
    source: 'TFHE-rs 0.7 GPU guide, Benchmarks tables (github.com/zama-ai/tfhe-rs, June 2024)',
    advanced: true,
  }),
  integerBitWidthCount: numberParam({
    label: 'Integer width (TFHE on GPUs)',
    unit: 'bits',
    default: 64,
    min: 2,
    max: 256,
    scale: 'log',
    integer: true,
    description:
      'Bits of the encrypted integers of that operation (FheUint8 to FheUint256), in blocks of 2 message bits.',
    source: 'TFHE-rs radix integers, PARAM_GPU_MULTI_BIT_MESSAGE_2_CARRY_2_GROUP_3_KS_PBS',
    advanced: true,
  }),
  cpuCoreCount: numberParam({
    label: 'CPU cores for FHE',
    unit: 'count',
    default: 192,
    min: 1,
    max: 4096,
    scale: 'log',
    integer: true,
    description: 'Cores that run bootstraps in parallel when the device is the CPU (TFHE).',
    source: 'TFHE-rs benchmark machine: AWS hpc7a.96xlarge, 192 cores',
  }),
} as const;
