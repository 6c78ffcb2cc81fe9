// The proof-system catalogue: measured data kept beside the zero-knowledge cost model. Each preset's proving
// constant is fitted from at most one published case (its other figures are predictions) or cited from the
// system's own paper; see docs/model/verification.md.
import type { ZkProofSystem } from './types';

/** Gas of a Groth16 wrapper proof on an EVM chain (EIP-1108 pairings plus calldata; ethereum-l1 case). */
const GROTH16_WRAPPER_GAS = 210_000;
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
 * zkLLM (Sun et al., arXiv 2404.16109): tlookup and zkAttn on one GPU. Fitted: 900 s over the 5.67e13
 * FLOP-equivalents of one 13B inference at 2,048 tokens (zk-zkllm-13b).
 */
export const ZKLLM_SECONDS_PER_FLOP = 1.587e-11;
/**
 * DeepProve (Lagrange): sumcheck and logup GKR on CPU. Fitted: 1.242 s over the 5.25e6 FLOP-equivalents of
 * the assumed 264k CNN (deepprove-cnn264k-vs-ezkl).
 */
export const DEEPPROVE_SECONDS_PER_FLOP = 2.365e-7;
/**
 * EZKL: Halo2 (KZG) circuits compiled from ONNX, on CPU. Fitted: 196.567 s over the same 5.25e6
 * FLOP-equivalents (deepprove-cnn264k-vs-ezkl). A small model, so per-proof overheads are folded into the rate.
 */
export const EZKL_SECONDS_PER_FLOP = 3.743e-5;
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
    hardware: { label: 'one NVIDIA A100 per prover', unit: 'gpu', source: 'zkLLM (arXiv 2404.16109)' },
    secondsPerFlop: ZKLLM_SECONDS_PER_FLOP,
    proofSizeBytes: 200e3,
    verifyTimeS: 5,
    basis: { kind: 'fitted', caseId: 'zk-zkllm-13b', note: '13B parameters, 2,048 tokens, under 15 minutes' },
    source: 'zkLLM (Sun et al., arXiv 2404.16109); proof size from the same; verification time an assumption',
  },
  deepprove: {
    ...common,
    label: 'DeepProve (sumcheck + logup GKR)',
    hardware: { label: 'one CPU node (not stated)', unit: 'node', source: 'Lagrange-Labs/deep-prove README' },
    secondsPerFlop: DEEPPROVE_SECONDS_PER_FLOP,
    proofSizeBytes: 100e3,
    verifyTimeS: 0.599,
    basis: { kind: 'fitted', caseId: 'deepprove-cnn264k-vs-ezkl', note: 'CNN 264k proven in 1,242 ms' },
    source: 'Lagrange-Labs/deep-prove README (CNN 264k); proof size an assumption',
  },
  'ezkl-halo2': {
    ...common,
    label: 'EZKL (Halo2, KZG)',
    hardware: { label: 'one CPU node (not stated)', unit: 'node', source: 'Lagrange-Labs/deep-prove README' },
    secondsPerFlop: EZKL_SECONDS_PER_FLOP,
    proofSizeBytes: 20e3,
    verifyTimeS: 312.5,
    onChainVerifyGas: 300_000,
    basis: { kind: 'fitted', caseId: 'deepprove-cnn264k-vs-ezkl', note: 'CNN 264k proven in 196,567 ms' },
    source:
      'Lagrange-Labs/deep-prove README (EZKL on CNN 264k); gas of a Halo2 KZG verifier: an order of magnitude (domain specification, section 5)',
  },
  'kang-halo2': {
    ...common,
    label: 'Kang et al. (Halo2 for ImageNet-scale models)',
    hardware: { label: 'one CPU node', unit: 'node', source: 'Kang et al. 2022 (arXiv 2210.08674)' },
    secondsPerFlop: EZKL_SECONDS_PER_FLOP,
    proofSizeBytes: 20e3,
    verifyTimeS: 0.01,
    onChainVerifyGas: 300_000,
    basis: {
      kind: 'assumed',
      note: 'the Halo2 rate fitted for EZKL (the same proving stack); its own figures not read',
    },
    source:
      'Kang, Hashimoto, Stoica, Sun, "Scaling up trustless DNN inference with zero-knowledge proofs" (2022)',
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
