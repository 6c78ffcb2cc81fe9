// The proof-system catalogue: measured data kept beside the zero-knowledge cost model. Each preset's proving
// constant is fitted from at most one published case (its other figures are predictions) or cited from the
// system's own paper; see docs/model/verification.md.
import { groth16VerificationGas } from '../../ledger/groth16Gas';
import type { ZkProofSystem } from './types';

/**
 * Public inputs of a Groth16 proof that wraps a zkML proof for an EVM chain: commitments to the model, the
 * input and the output (assumption, as the ledger group's default).
 */
const GROTH16_WRAPPER_PUBLIC_INPUT_COUNT = 3;
/** Gas to verify the wrapper: EIP-1108 pairing and ecMul/ecAdd prices plus EIP-2028 calldata (groth16Gas.ts). */
const GROTH16_WRAPPER_GAS = groth16VerificationGas(GROTH16_WRAPPER_PUBLIC_INPUT_COUNT);
/**
 * A non-linear element (lookup or range check) is taken to cost the prover as much as one multiply-add
 * (2 FLOP): in lookup arguments and GKR both are one committed or summed-over element (assumption).
 */
const LOOKUP_FLOP_EQUIVALENT_COUNT = 2;

const common = {
  lookupFlopEquivalentCount: LOOKUP_FLOP_EQUIVALENT_COUNT,
  secondsPerCommittedWeight: 0,
  fixedSecondsPerProof: 0,
  proofScope: 'whole',
  onChainVerifyGas: GROTH16_WRAPPER_GAS,
} as const;

/**
 * zkLLM's per-element costs on one RTX A6000, from its authors' benchmark (jvhs0706/zkllm-benchmark README,
 * "Quick Estimation"): a tlookup sumcheck over 1,600 x 4,194,304 elements takes about 80 s, a Hadamard sumcheck
 * over as many about 90 s, and the commitment openings of 3,200 x 4,194,304 elements (each lookup's input and
 * its inverse) about 15 s. The README's own total for the attention of a 13B model is 5 x 80 + 90 + 5 x 15 s.
 */
const ZKLLM_BENCH_ELEMENT_COUNT = 1_600 * 4_194_304;
export const ZKLLM_LOOKUP_SUMCHECK_SECONDS_PER_ELEMENT = 80 / ZKLLM_BENCH_ELEMENT_COUNT;
export const ZKLLM_HADAMARD_SUMCHECK_SECONDS_PER_ELEMENT = 90 / ZKLLM_BENCH_ELEMENT_COUNT;
/** Openings of one lookup: 15 s for the 2 x 1,600 tensors of 4,194,304 elements, per looked-up element. */
export const ZKLLM_LOOKUP_OPENING_SECONDS_PER_ELEMENT = 15 / ZKLLM_BENCH_ELEMENT_COUNT;
/**
 * tlookups per attention score in zkAttn: "5 (or 2)" in the benchmark README; the model takes 5, the
 * segmentation of the README's first estimate (with 2 the attention term is about half).
 */
export const ZKLLM_ATTENTION_LOOKUPS_PER_SCORE_COUNT = 5;
/** Hadamard sumchecks per attention score counted in the README's estimate (5 x 80 + 90 + 5 x 15 s). */
export const ZKLLM_ATTENTION_HADAMARDS_PER_SCORE_COUNT = 1;
/**
 * The linear layers and every other operation: "asymptotically lower complexity, ensuring the total proof time
 * does not exceed 30s" for LLaMa-2-13B at 2,048 tokens (the same README), charged per weight of the 13.0 B.
 */
export const ZKLLM_LINEAR_SECONDS_PER_WEIGHT = 30 / 13.0e9;

/**
 * DeepProve (Lagrange): sumcheck and logup GKR on CPU. Cited: its README's "Dense 4M" benchmark, a stack of
 * dense layers with 4 M weights proven in 2,335 ms; at batch 1 a dense layer is 2 FLOP per weight, so 8.0e6
 * FLOP whatever the layer widths (its ReLU lookups, a few thousand, are neglected). That row is not part of any
 * calibration case (deepprove-cnn264k-vs-ezkl keeps only the CNN row), so the CNN row is a prediction.
 */
export const DEEPPROVE_SECONDS_PER_FLOP = 2.335 / 8.0e6;
/**
 * DeepProve's per-proof cost (setup, the fixed-size lookup tables of its logup arguments), which dominates a
 * tiny model. Fitted: the "about 0.2 s" DeepProve takes for the small MLP of jolt-atlas-classifier-mlp, less
 * that MLP's 20,131 FLOP-equivalents at the rate above.
 */
export const DEEPPROVE_FIXED_SECONDS_PER_PROOF = 0.2 - DEEPPROVE_SECONDS_PER_FLOP * 20_131;
/**
 * EZKL's layout (ezkl blog, "Honey I SNARKED the GPT", 2023): a dot product takes one row per multiply-accumulate
 * (input, weight, running sum), `num_inner_cols` of them side by side (2 in the repository's example settings,
 * zkonduit/ezkl examples/onnx/{model}/settings.json), so 6 advice columns; lookup-argument columns are not counted
 * (assumption). The 2023-2025 releases; from October 2025 EZKL checks einsums with Freivalds' argument
 * (zkonduit/ezkl pull request 990), which this preset does not describe.
 */
const EZKL_INNER_COLUMN_COUNT = 2;
const EZKL_COLUMNS_PER_INNER_COLUMN_COUNT = 3;
/**
 * The 264k CNN of deepprove-cnn264k-vs-ezkl under that layout: 2.6 M multiply-accumulates and 25,634 lookups
 * (ReLU, pooling, 10 class scores) in 1.31 M rows, padded to 2^21 rows of 6 columns.
 */
export const EZKL_CNN264K_DOMAIN_CELL_COUNT =
  2_097_152 * EZKL_INNER_COLUMN_COUNT * EZKL_COLUMNS_PER_INNER_COLUMN_COUNT;
/**
 * Halo2 (KZG) prover seconds per domain cell on one CPU node. Fitted: EZKL's 196.567 s on the 264k CNN
 * (deepprove-cnn264k-vs-ezkl) over that CNN's domain cells. Shared by every Halo2-KZG compiler (the prover's
 * FFT and MSM work per cell does not depend on how the compiler laid the layers out; assumption: comparable
 * CPU nodes).
 */
export const HALO2_KZG_SECONDS_PER_DOMAIN_CELL = 196.567 / EZKL_CNN264K_DOMAIN_CELL_COUNT;
/**
 * Column counts ZKML's optimizer chose for the circuits published in its repository (ddkang/zkml examples:
 * MNIST 7, Twitter 10, distilled GPT-2 14, CLIP 21); the model searches the same range.
 */
const ZKML_COLUMN_COUNT_RANGE = [7, 21] as const;

/**
 * zkGPT (Qu et al., USENIX Security 2025): constraint fusion and circuit squeeze on a 16+ core CPU. Fitted:
 * 25 s over the 7.98e9 FLOP-equivalents of GPT-2 at 32 tokens (zkgpt-gpt2-25s).
 */
export const ZKGPT_SECONDS_PER_FLOP = 3.13e-9;
/**
 * NanoZK (arXiv 2603.18046): layer-wise Halo2-IPA proofs with lookup tables. Fitted: 43 s over the 4.58e8
 * FLOP-equivalents of one GPT-2 block at 32 tokens (nanozk-gpt2-layerwise).
 */
export const NANOZK_SECONDS_PER_FLOP = 9.39e-8;
/**
 * Mystique (Weng et al., USENIX Security 2021): VOLE-based interactive ZK, public model. Fitted: 5 min over the
 * 3.23e8 FLOP-equivalents of the assumed ResNet-101 on CIFAR-10 (mystique-resnet101-zk).
 */
export const MYSTIQUE_SECONDS_PER_FLOP = 9.28e-7;
/** Mystique's extra prover time per committed weight: (28 - 5) min / 44.5 M weights (mystique-resnet101-zk). */
export const MYSTIQUE_SECONDS_PER_COMMITTED_WEIGHT = 3.1e-5;
/**
 * JOLT Atlas (zkml-jolt): lookup-only proving; its per-proof cost (preprocessing, prove, verify), fitted to
 * the multi-class classifier's 0.7 s (jolt-atlas-classifier-mlp), whose own work is negligible.
 */
export const JOLT_ATLAS_FIXED_SECONDS_PER_PROOF = 0.7;
/**
 * zkCNN (Liu, Xie and Zhang, CCS 2021): VGG-16 on CIFAR-10 proven in 88.3 s with a 341 KB proof checked in
 * 59.3 ms (abstract); VGG-16 at 32 x 32 is about 0.31 G multiply-adds (0.63 GFLOP). Cited, not a case.
 */
const ZKCNN_VGG16_PROVING_S = 88.3;
const ZKCNN_VGG16_FLOP = 0.63e9;

/** The proof-system presets, by id. */
export const ZK_PROOF_SYSTEMS = {
  'general-zkml': {
    ...common,
    label: 'General-purpose zkML (order of magnitude)',
    hardware: { label: 'one CPU node', unit: 'node', source: 'project domain specification, section 5' },
    secondsPerFlop: 1e-4,
    proofSizeBytes: 20e3,
    verifyTimeS: 0.01,
    onChainVerifyGas: 300_000,
    basis: {
      kind: 'assumed',
      note: 'about 1e4 proven FLOP/s (domain specification, section 5); proof size tens of kB',
    },
    source: 'project domain specification, section 5 (an order of magnitude for general zkML provers)',
  },
  'zkllm-gpu': {
    ...common,
    label: 'zkLLM (tlookup + zkAttn, one GPU)',
    hardware: {
      label: 'one NVIDIA RTX A6000 per prover (the benchmark; the paper used a faster A100)',
      unit: 'gpu',
      source: 'jvhs0706/zkllm-benchmark README',
    },
    secondsPerFlop: 0,
    elementCosts: {
      lookupSumcheckSecondsPerElement: ZKLLM_LOOKUP_SUMCHECK_SECONDS_PER_ELEMENT,
      lookupOpeningSecondsPerElement: ZKLLM_LOOKUP_OPENING_SECONDS_PER_ELEMENT,
      hadamardSumcheckSecondsPerElement: ZKLLM_HADAMARD_SUMCHECK_SECONDS_PER_ELEMENT,
      attentionLookupsPerScoreCount: ZKLLM_ATTENTION_LOOKUPS_PER_SCORE_COUNT,
      attentionHadamardsPerScoreCount: ZKLLM_ATTENTION_HADAMARDS_PER_SCORE_COUNT,
      linearSumcheckSecondsPerWeight: ZKLLM_LINEAR_SECONDS_PER_WEIGHT,
    },
    proofSizeBytes: 200e3,
    verifyTimeS: 5,
    basis: {
      kind: 'cited',
      note: 'per-element sumcheck, lookup and opening costs from the authors’ benchmark README (RTX A6000)',
    },
    source:
      'zkLLM (Sun et al., arXiv 2404.16109) and its benchmark repository; proof size from the paper; verification time an assumption',
  },
  deepprove: {
    ...common,
    label: 'DeepProve (sumcheck + logup GKR)',
    hardware: { label: 'one CPU node (not stated)', unit: 'node', source: 'Lagrange-Labs/deep-prove README' },
    secondsPerFlop: DEEPPROVE_SECONDS_PER_FLOP,
    fixedSecondsPerProof: DEEPPROVE_FIXED_SECONDS_PER_PROOF,
    proofSizeBytes: 100e3,
    verifyTimeS: 0.599,
    basis: {
      kind: 'fitted',
      caseId: 'jolt-atlas-classifier-mlp',
      note: 'rate cited from the README’s Dense 4M row (2,335 ms); per-proof cost from the small MLP (about 0.2 s)',
    },
    source:
      'Lagrange-Labs/deep-prove README (Dense 4M); ICME-Lab/jolt-atlas README (MLP); proof size an assumption',
  },
  'ezkl-halo2': {
    ...common,
    label: 'EZKL (Halo2, KZG; one row per multiply-accumulate)',
    hardware: { label: 'one CPU node (not stated)', unit: 'node', source: 'Lagrange-Labs/deep-prove README' },
    secondsPerFlop: 0,
    halo2Circuit: {
      layout: {
        kind: 'multiplyAccumulateRows',
        innerColumnCount: EZKL_INNER_COLUMN_COUNT,
        columnCount: EZKL_INNER_COLUMN_COUNT * EZKL_COLUMNS_PER_INNER_COLUMN_COUNT,
      },
      secondsPerDomainCell: HALO2_KZG_SECONDS_PER_DOMAIN_CELL,
    },
    proofSizeBytes: 20e3,
    verifyTimeS: 312.5,
    onChainVerifyGas: 300_000,
    basis: {
      kind: 'fitted',
      caseId: 'deepprove-cnn264k-vs-ezkl',
      note: 'Halo2-KZG seconds per domain cell from the CNN 264k proven in 196,567 ms',
    },
    source:
      'Lagrange-Labs/deep-prove README (EZKL on CNN 264k); ezkl blog (dot-product layout); gas of a Halo2 KZG verifier: an order of magnitude (domain specification, section 5)',
  },
  'kang-halo2': {
    ...common,
    label: 'ZKML / Kang et al. (Halo2, Freivalds-checked products)',
    hardware: { label: 'one CPU node', unit: 'node', source: 'ZKML (Chen et al., EuroSys 2024)' },
    secondsPerFlop: 0,
    halo2Circuit: {
      layout: { kind: 'freivaldsChecked', columnCountRange: ZKML_COLUMN_COUNT_RANGE },
      secondsPerDomainCell: HALO2_KZG_SECONDS_PER_DOMAIN_CELL,
    },
    proofSizeBytes: 20e3,
    verifyTimeS: 0.01,
    onChainVerifyGas: 300_000,
    basis: {
      kind: 'assumed',
      note: 'ZKML’s layout (ddkang/zkml: Freivalds checks, optimizer over columns) at the Halo2-KZG rate fitted for EZKL',
    },
    source:
      'ZKML (Chen, Waiwitlikhit, Stoica, Kang, EuroSys 2024) and ddkang/zkml (layers/fully_connected.rs, gadgets/dot_prod.rs)',
  },
  zkgpt: {
    ...common,
    label: 'zkGPT (constraint fusion, circuit squeeze)',
    hardware: {
      label: 'one 16+ core CPU node',
      unit: 'node',
      source: 'zkGPT artifact README (16 cores, 200 GB)',
    },
    secondsPerFlop: ZKGPT_SECONDS_PER_FLOP,
    proofSizeBytes: 100e3,
    verifyTimeS: 1,
    basis: { kind: 'fitted', caseId: 'zkgpt-gpt2-25s', note: 'GPT-2 inference proven in under 25 s' },
    source: 'zkGPT (Qu et al., USENIX Security 2025); proof size and verification time assumptions',
  },
  nanozk: {
    ...common,
    label: 'NanoZK (layer-wise Halo2-IPA, lookup non-linears)',
    hardware: { label: 'one CPU worker per layer proof', unit: 'node', source: 'NanoZK (arXiv 2603.18046)' },
    secondsPerFlop: NANOZK_SECONDS_PER_FLOP,
    proofScope: 'perLayer',
    proofSizeBytes: 6.9e3,
    verifyTimeS: 0.023,
    basis: {
      kind: 'fitted',
      caseId: 'nanozk-gpt2-layerwise',
      note: '43 s per GPT-2 layer (the per-layer reading)',
    },
    source: 'NanoZK (Wang, arXiv 2603.18046): 6.9 KB and 23 ms per layer',
  },
  mystique: {
    ...common,
    label: 'Mystique (VOLE-based interactive ZK)',
    hardware: { label: 'prover and verifier machines', unit: 'node', source: 'Mystique (ePrint 2021/730)' },
    secondsPerFlop: MYSTIQUE_SECONDS_PER_FLOP,
    secondsPerCommittedWeight: MYSTIQUE_SECONDS_PER_COMMITTED_WEIGHT,
    proofSizeBytes: 0,
    verifyTimeS: 0,
    onChainVerifyGas: 0,
    basis: {
      kind: 'fitted',
      caseId: 'mystique-resnet101-zk',
      note: 'ResNet-101 public (5 min) and private (28 min) model',
    },
    source:
      'Mystique (Weng et al., USENIX Security 2021): interactive, so no transferable proof or on-chain check',
  },
  'jolt-atlas': {
    ...common,
    label: 'JOLT Atlas (zkml-jolt, lookup-only)',
    hardware: { label: 'one CPU node (not stated)', unit: 'node', source: 'ICME-Lab/jolt-atlas README' },
    secondsPerFlop: DEEPPROVE_SECONDS_PER_FLOP,
    fixedSecondsPerProof: JOLT_ATLAS_FIXED_SECONDS_PER_PROOF,
    proofSizeBytes: 100e3,
    verifyTimeS: 0.1,
    basis: {
      kind: 'fitted',
      caseId: 'jolt-atlas-classifier-mlp',
      note: 'per-proof cost from the multi-class classifier (0.7 s); rate per FLOP assumed as DeepProve’s (both sumcheck-based)',
    },
    source: 'ICME-Lab/jolt-atlas README; proof size and verification time assumptions',
  },
  zkcnn: {
    ...common,
    label: 'zkCNN (GKR for convolutions)',
    hardware: { label: 'one CPU node', unit: 'node', source: 'zkCNN (Liu, Xie, Zhang, CCS 2021)' },
    secondsPerFlop: ZKCNN_VGG16_PROVING_S / ZKCNN_VGG16_FLOP,
    proofSizeBytes: 341e3,
    verifyTimeS: 0.0593,
    basis: { kind: 'cited', note: 'VGG-16 on CIFAR-10: 88.3 s, 341 KB, 59.3 ms (the paper’s abstract)' },
    source: 'zkCNN (Liu, Xie and Zhang, ACM CCS 2021, ePrint 2021/673)',
  },
} as const satisfies Record<string, ZkProofSystem>;

/** Id of a proof-system preset. */
export type ZkProofSystemId = keyof typeof ZK_PROOF_SYSTEMS;

/** The ids of the proof-system presets, for the parameter table. */
export const ZK_PROOF_SYSTEM_IDS = Object.keys(ZK_PROOF_SYSTEMS) as [ZkProofSystemId, ...ZkProofSystemId[]];
