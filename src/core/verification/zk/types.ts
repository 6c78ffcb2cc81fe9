// The shape of a zero-knowledge proof-system preset: proving cost by kind of work on the hardware it was
// measured on, proof size, verification time and on-chain gas. Presets live in catalogue.ts.
import type { Halo2Circuit } from './halo2Circuit';

/** Where a preset's proving constants come from (the validation report's basis rests on this). */
export type ProverBasis =
  | { kind: 'fitted'; caseId: string; note: string }
  | { kind: 'cited'; note: string }
  | { kind: 'assumed'; note: string };

/**
 * Per-element costs of a prover built from sumchecks, lookup arguments and commitment openings (zkLLM): its
 * time is a sum over the elements of each tensor operation, not a rate per FLOP. Attention scores dominate:
 * each costs `attentionLookupsPerScoreCount` lookups (sumcheck plus the openings of the input and its
 * inverse) and `attentionHadamardsPerScoreCount` Hadamard-product sumchecks; every other non-linear element
 * one lookup; the linear layers a sumcheck over their weight matrices.
 */
export interface SumcheckElementCosts {
  lookupSumcheckSecondsPerElement: number;
  lookupOpeningSecondsPerElement: number;
  hadamardSumcheckSecondsPerElement: number;
  attentionLookupsPerScoreCount: number;
  attentionHadamardsPerScoreCount: number;
  /** Seconds per weight of the linear layers' sumchecks (over the weight matrices, per proven token batch). */
  linearSumcheckSecondsPerWeight: number;
}

/** One proof system, measured on one kind of hardware. */
export interface ZkProofSystem {
  label: string;
  /** The hardware of the measurement; a GPU prover scales with the node's GPUs, a CPU prover is one node. */
  hardware: { label: string; unit: 'gpu' | 'node'; source: string };
  /** Prover seconds per FLOP of matmul and attention work (2 FLOP per multiply-add); 0 when elementCosts or halo2Circuit prices the work. */
  secondsPerFlop: number;
  /** Per-element costs, for provers priced by tensor elements instead of FLOP (they replace the FLOP rate). */
  elementCosts?: SumcheckElementCosts;
  /** A Halo2 circuit's layout and rate per domain cell, for circuit compilers (they replace the FLOP rate). */
  halo2Circuit?: Halo2Circuit;
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

/** Model FLOP proven per second by one prover unit on dense matmul work (NaN for element-priced provers). */
export function provenFlopPerS(system: ZkProofSystem): number {
  return system.secondsPerFlop > 0 ? 1 / system.secondsPerFlop : Number.NaN;
}
