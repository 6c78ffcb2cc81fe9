// The shape of a zero-knowledge proof-system preset: proving cost by kind of work on the hardware it was
// measured on, proof size, verification time and on-chain gas. Presets live in catalogue.ts.

/** Where a preset's proving constants come from (the validation report's basis rests on this). */
export type ProverBasis =
  | { kind: 'fitted'; caseId: string; note: string }
  | { kind: 'cited'; note: string }
  | { kind: 'assumed'; note: string };

/** One proof system, measured on one kind of hardware. */
export interface ZkProofSystem {
  label: string;
  /** The hardware of the measurement; a GPU prover scales with the node's GPUs, a CPU prover is one node. */
  hardware: { label: string; unit: 'gpu' | 'node'; source: string };
  /** Prover seconds per FLOP of matmul and attention work (2 FLOP per multiply-add). */
  secondsPerFlop: number;
  /** Prover work of one non-linear element (lookup or range check), in matmul-FLOP equivalents. */
  lookupFlopEquivalentCount: number;
  /** Prover seconds per weight committed in each proof when the model is private (0: not measured). */
  secondsPerCommittedWeight: number;
  /** Prover seconds per proof independent of the model (setup, preprocessing, fixed-size commitments). */
  fixedSecondsPerProof: number;
  /** Whether one proof covers the whole model or one layer (layer proofs can run on parallel workers). */
  proofScope: 'whole' | 'perLayer';
  /** Size of one proof (per layer for layer-wise systems), bytes. */
  proofSizeBytes: number;
  /** Time to check one proof (per layer for layer-wise systems), seconds. */
  verifyTimeS: number;
  /** Gas to verify one proof on an EVM chain (wrapped in a pairing-based SNARK when not native). */
  onChainVerifyGas: number;
  basis: ProverBasis;
  source: string;
}

/** Model FLOP proven per second by one prover unit on dense matmul work (for comparisons and claims). */
export function provenFlopPerS(system: ZkProofSystem): number {
  return 1 / system.secondsPerFlop;
}
