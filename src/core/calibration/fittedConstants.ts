// Where each fitted model constant came from, machine-readable (docs/scenario-format.md, "Fitted constants"):
// the published figures it was set to reproduce. docs/validation.md lists it, and a test fails when a figure
// named here is marked "prediction" (it would be counted as out-of-sample evidence while it is in-sample), when
// a `basis: "fitted"` figure is named by no constant, or when a name or figure here no longer exists.
// Adding a fitted constant is one line in FITTED_CONSTANTS.

/** One published figure: every `matches` assertion of a case, or the one with this exact label. */
export interface FigureRef {
  caseId: string;
  label?: string;
}

/** A model constant set from published figures. */
export interface FittedConstant {
  /** The constant as written in its file; for a field of a preset, "PRESET.field" (the field must appear). */
  name: string;
  /** Its file, relative to the repository root. */
  file: string;
  /** The figures it was set to reproduce: rows whose model value uses it, so they are in-sample. */
  fittedFrom: readonly FigureRef[];
}

const figure = (caseId: string, label: string): FigureRef => ({ caseId, label });
const MPC = 'src/core/privacy/mpc/puma.ts';
const FHE_CKKS = 'src/core/privacy/fhe/ckks.ts';
const FHE_TFHE_GPU = 'src/core/privacy/fhe/tfheHardware.ts';
const FHE_TFHE_ACCURACY = 'src/core/privacy/fhe/tfheAccuracy.ts';
const DP = 'src/core/privacy/differentialPrivacy.ts';
const ZK = 'src/core/verification/zk/catalogue.ts';
const STACKS = 'src/core/workloads/inference/softwareStacks.ts';
const PUMA = 'mpc-puma-bert-base';
// Two latency constants solved exactly from two token counts, the traffic constant from one; the 128-token
// figures (and the 64-token traffic) are out of the fit.
const PUMA_LATENCIES = [64, 256].map((tokens) => figure(PUMA, `BERT-base latency, ${tokens} input tokens`));
const PUMA_TRAFFIC = [figure(PUMA, 'BERT-base traffic, 256 input tokens')];

/** Every fitted constant of the model, with the figures it was fitted from. */
export const FITTED_CONSTANTS: readonly FittedConstant[] = [
  {
    name: 'STEP_MATMUL_FRACTION',
    file: 'src/core/limits/utilisation/stepEfficiency.ts',
    fittedFrom: [{ caseId: 'megatron-a100-1t-3072' }],
  },
  {
    name: 'CONSENSUS_STEP_PENALTY_RATIO',
    file: 'src/core/workloads/training/averaging/stepsNeeded.ts',
    fittedFrom: [figure('moshpit-sgd-speedups', 'ResNet-50 on ImageNet, Moshpit SGD vs SGP gossip')],
  },
  { name: 'PUMA_3PC.linearRoundsPerLayer', file: MPC, fittedFrom: PUMA_LATENCIES },
  { name: 'PUMA_3PC.linearComputeFactorRatio', file: MPC, fittedFrom: PUMA_LATENCIES },
  { name: 'PUMA_3PC.bytesPerElement', file: MPC, fittedFrom: PUMA_TRAFFIC },
  {
    name: 'SIGMA_GPU_SECONDS_PER_NONLINEAR_ELEMENT',
    file: 'src/core/privacy/mpc/sigma.ts',
    fittedFrom: [figure('sigma-fss-gpu-llama2-13b-gpt2', 'GPT-2 latency, one forward pass')],
  },
  {
    name: 'CRYPTEN_TRANSPORT_EFFICIENCY_FRACTION',
    file: 'src/core/privacy/mpc/crypten.ts',
    fittedFrom: [figure('mpcformer-bert-base-mpc', 'BERT-base under MPC (about 60 s)')],
  },
  {
    name: 'CKKS_GPU_SECONDS_PER_NONLINEAR_ELEMENT',
    file: FHE_CKKS,
    fittedFrom: [figure('fhe-nexus-bert-base', 'BERT-base latency on GPU')],
  },
  {
    name: 'CKKS_DESILO_GPU_TIME_OVER_TRAFFIC_RATIO',
    file: 'src/core/privacy/fhe/ckksOps.ts',
    fittedFrom: [figure('thor-bert-base-single-gpu', 'BERT-base, 128 tokens, one GPU (10.43 min)')],
  },
  {
    name: 'CKKS_BYTES_PER_ENCRYPTED_VALUE',
    file: FHE_CKKS,
    fittedFrom: [figure('fhe-nexus-bert-base', 'BERT-base traffic')],
  },
  // Also set from the CPU time (91 min), a figure whose model value does not use this constant.
  {
    name: 'TFHE_CORE_EQUIVALENTS_PER_GPU_COUNT',
    file: FHE_TFHE_GPU,
    fittedFrom: [figure('fhe-concrete-ml-resnet18', 'ResNet18 latency, 8 x H100')],
  },
  {
    name: 'TFHE_ACCURACY_LOSS_AT_6_BITS_FRACTION',
    file: FHE_TFHE_ACCURACY,
    fittedFrom: [figure('fhe-concrete-ml-resnet18', 'Top-1 accuracy lost (67% to 55%)')],
  },
  {
    name: 'TFHE_CPU_SECONDS_PER_COST_UNIT',
    file: 'src/core/privacy/fhe/tfheBootstrap.ts',
    fittedFrom: [figure('fhe-tfhe-primitives', 'KS-PBS, 4-bit message')],
  },
  // Two constants of one H100 solved from one operation (bitwise, one KS-PBS layer) at two widths.
  ...['TFHE_H100_SECONDS_PER_BATCHED_PBS', 'TFHE_H100_LAYER_LATENCY_S'].map((name) => ({
    name,
    file: 'src/core/privacy/fhe/tfheGpuOps.ts',
    fittedFrom: [8, 64].map((bits) =>
      figure('tfhe-rs-gpu-integer-ops-1x-2x-h100', `FheUint${bits} bitwise, 1 x H100`),
    ),
  })),
  {
    name: 'GPU_CC_SECONDS_PER_CROSSING',
    file: 'src/core/privacy/teeModes.ts',
    fittedFrom: [{ caseId: 'serialized-bridge-blackwell-cc', label: 'Per-crossing cost (330 us)' }],
  },
  {
    name: 'GPU_CC_HOST_TO_DEVICE_RATE_RATIO',
    file: 'src/core/privacy/teeModes.ts',
    fittedFrom: [
      { caseId: 'serialized-bridge-blackwell-cc', label: 'Single-context host-to-device rate ratio' },
    ],
  },
  {
    name: 'FROM_SCRATCH_LOSS_AT_REFERENCE_FRACTION',
    file: DP,
    fittedFrom: [figure('dp-utility', 'CIFAR-10 accuracy at ε = 8')],
  },
  {
    name: 'PRETRAINED_LOSS_AT_REFERENCE_FRACTION',
    file: DP,
    fittedFrom: [
      figure('dp-utility', 'MNLI accuracy at ε = 6.7'),
      figure('dp-utility', 'ImageNet top-1 at ε = 8'),
    ],
  },
  {
    name: 'PRETRAINED_LOSS_EPSILON_EXPONENT',
    file: DP,
    fittedFrom: [figure('dp-utility', 'ImageNet top-1 at ε = 8')],
  },
  {
    name: 'DEEPPROVE_FIXED_SECONDS_PER_PROOF',
    file: ZK,
    fittedFrom: [figure('jolt-atlas-classifier-mlp', 'DeepProve, MLP (about 0.2 s)')],
  },
  {
    name: 'HALO2_KZG_SECONDS_PER_DOMAIN_CELL',
    file: ZK,
    fittedFrom: [figure('deepprove-cnn264k-vs-ezkl', 'EZKL proving time')],
  },
  {
    name: 'JOLT_ATLAS_FIXED_SECONDS_PER_PROOF',
    file: ZK,
    fittedFrom: [figure('jolt-atlas-classifier-mlp', 'zkml-jolt, multi-class classifier')],
  },
  {
    name: 'ZKGPT_SECONDS_PER_FLOP',
    file: ZK,
    fittedFrom: [figure('zkgpt-gpt2-25s', 'Proving time, GPT-2')],
  },
  {
    name: 'NANOZK_SECONDS_PER_FLOP',
    file: ZK,
    fittedFrom: [figure('nanozk-gpt2-layerwise', 'Proving time per layer')],
  },
  {
    name: 'MYSTIQUE_SECONDS_PER_FLOP',
    file: ZK,
    fittedFrom: [figure('mystique-resnet101-zk', 'Proving time, public model')],
  },
  {
    name: 'MYSTIQUE_SECONDS_PER_COMMITTED_WEIGHT',
    file: ZK,
    fittedFrom: [figure('mystique-resnet101-zk', 'Proving time, private model')],
  },
  {
    name: 'QUALITY_PENALTY_EXPONENT',
    file: 'src/core/workloads/training/qualityPenalty.ts',
    fittedFrom: [{ caseId: 'low-communication-quality-penalty' }],
  },
  {
    name: 'PETALS_HOP_SOFTWARE_S',
    file: STACKS,
    fittedFrom: [figure('petals-bloom-176b', 'Single-batch steps/s, 1 Gbit/s, < 5 ms')],
  },
  {
    name: 'DISTRIBUTED_LLAMA_THREAD_BARRIER_US',
    file: 'src/core/workloads/inference/threadBarriers.ts',
    fittedFrom: [figure('distributed-llama-70b-vms', '2 VMs, time per token (501.4 ms)')],
  },
  {
    name: 'EXO_HOP_SOFTWARE_S',
    file: STACKS,
    fittedFrom: [figure('exo-8x-m4pro-deepseek-llama', 'Llama 3.3 70B, decode tokens/s (3.89)')],
  },
];

/** Whether a figure (case id and label) is one a reference names. */
export function refersTo(ref: FigureRef, caseId: string, label: string): boolean {
  return ref.caseId === caseId && (ref.label === undefined || ref.label === label);
}

/** The fitted constants set from a figure. */
export function constantsFittedFrom(caseId: string, label: string): FittedConstant[] {
  return FITTED_CONSTANTS.filter((constant) =>
    constant.fittedFrom.some((ref) => refersTo(ref, caseId, label)),
  );
}
