// The shape of an MPC protocol preset: the hardware it was measured on, what a linear layer costs (share
// traffic and compute on that hardware) and what each kind of non-linear element costs (bytes, compute,
// rounds). Presets live beside it, one file per protocol family.
import type { NonlinearKind } from '../operationCounts';

/** The machine each party ran on when the protocol was measured. */
export interface MpcHardware {
  label: string;
  /** Sustained FLOP/s of one party's machine on plain (unencrypted) linear algebra. */
  effectiveFlopPerS: number;
  source: string;
}

/** Cost of one non-linear element of one kind. */
export interface MpcKindCost {
  /** Bytes exchanged in total (all parties) per element. */
  bytesPerElement: number;
  /** Bytes per row (softmax row, normalised vector, vocabulary row) on top of the per-element bytes. */
  bytesPerRow: number;
  /** Local computation per element on the protocol's hardware, seconds. */
  computeSPerElement: number;
  /** Sequential rounds this kind adds to each layer in which it occurs (once per pass for the output). */
  roundsPerLayer: number;
}

/** How a preset's constants were obtained (the validation report's basis rests on this). */
export type PresetBasis =
  | { kind: 'fitted'; caseId: string; note: string }
  | { kind: 'derived'; note: string };

/** One MPC protocol's cost constants. */
export interface MpcProtocol {
  label: string;
  /** Parties in the measured deployment; traffic is scaled linearly away from it (assumption). */
  referencePartyCount: number;
  hardware: MpcHardware;
  /** Secure over plain compute of the linear layers on the same hardware. */
  linearComputeFactorRatio: number;
  /** Bytes exchanged (all parties) per value leaving a linear layer (share conversion, re-sharing). */
  linearBytesPerOutputElement: number;
  /** Bytes exchanged (all parties) per model weight per pass (masked weights opened for each product). */
  linearBytesPerWeightPerPass: number;
  /** Sequential rounds per layer of the linear layers (and any per-layer fixed protocol steps). */
  linearRoundsPerLayer: number;
  /** Cost of each non-linear kind. */
  nonlinear: Record<NonlinearKind, MpcKindCost>;
  /**
   * Share of the link's throughput the implementation reaches (serialisation, transport stack); 1 where the
   * preset's fit already absorbs it.
   */
  transportEfficiencyFraction: number;
  /** Extra rounds per layer per doubling of the context: the softmax maximum is a comparison tree. */
  softmaxRoundsPerContextDoubling: number;
  basis: PresetBasis;
  source: string;
}

/** The same cost for every non-linear kind (when a source gives totals, not a split by kind). */
export function uniformKindCosts(cost: MpcKindCost): Record<NonlinearKind, MpcKindCost> {
  return {
    softmax: cost,
    gelu: cost,
    silu: cost,
    normalization: cost,
    relu: cost,
    pooling: cost,
    vocabularyOutput: cost,
  };
}
