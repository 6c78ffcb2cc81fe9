// Zero-knowledge proof system presets: measured data kept beside the ZK cost model.

/** One proof system's cost constants. */
export interface ZkProofSystem {
  label: string;
  /** Model FLOP proven per second by one prover unit. */
  provenFlopPerS: number;
  /** What one prover unit is: one GPU, or one whole node (CPU provers). */
  proverUnit: 'gpu' | 'node';
  /** Size of one proof, bytes. */
  proofSizeBytes: number;
  /** Time for a verifier to check one proof off chain, seconds. */
  verifyTimeS: number;
  /** Gas to verify one proof on an EVM chain (wrapped in a pairing-based SNARK when not native). */
  onChainVerifyGas: number;
  source: string;
}

/** zkLLM: 13B parameters, 2,048 input tokens (the sequence length its benchmark uses), proven in under 15 min. */
const ZKLLM_PARAMETER_COUNT = 13e9;
const ZKLLM_TOKEN_COUNT = 2048;
const ZKLLM_PROVING_S = 15 * 60;
/** Inference FLOP per parameter per token. */
const INFERENCE_FLOP_PER_PARAMETER = 2;

/** The proof-system presets, by id. */
export const ZK_PROOF_SYSTEMS = {
  'general-zkml': {
    label: 'General-purpose zkML (circuit compilers such as EZKL)',
    provenFlopPerS: 1e4,
    proverUnit: 'node',
    proofSizeBytes: 20e3,
    verifyTimeS: 0.01,
    onChainVerifyGas: 300_000,
    source:
      'docs/model/verification.md: about 1e4 proven FLOP/s for general zkML provers, millisecond verification, ' +
      '200-300k gas on chain; proof size is an assumption (tens of kB for KZG-based proofs)',
  },
  'zkllm-gpu': {
    label: 'Specialised GPU prover (zkLLM)',
    provenFlopPerS:
      (INFERENCE_FLOP_PER_PARAMETER * ZKLLM_PARAMETER_COUNT * ZKLLM_TOKEN_COUNT) / ZKLLM_PROVING_S,
    proverUnit: 'gpu',
    proofSizeBytes: 200e3,
    verifyTimeS: 5,
    onChainVerifyGas: 210_000,
    source:
      'zkLLM (arXiv 2404.16109): 13B model, under 15 minutes, proofs under 200 kB (calibrated, so the zk-zkllm ' +
      'case is a consistency check); verification time an assumption (seconds); gas of a Groth16 wrapper, EIP-1108',
  },
} as const satisfies Record<string, ZkProofSystem>;

/** Id of a proof-system preset. */
export type ZkProofSystemId = keyof typeof ZK_PROOF_SYSTEMS;

/** The ids of the proof-system presets, for the parameter table. */
export const ZK_PROOF_SYSTEM_IDS = [
  'general-zkml',
  'zkllm-gpu',
] as const satisfies readonly ZkProofSystemId[];
