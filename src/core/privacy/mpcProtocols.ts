// Secure multi-party computation protocol presets: measured data kept beside the MPC cost model.
// Each preset gives traffic per non-linear element, communication rounds per transformer layer and the local
// computation overhead on shares, at the party count it was measured with.

/** One MPC protocol's cost constants. */
export interface MpcProtocol {
  label: string;
  /** Parties in the measured deployment; traffic is scaled linearly away from it (assumption). */
  referencePartyCount: number;
  /** Bytes exchanged in total (all parties) per non-linear element (GeLU, softmax, LayerNorm input). */
  bytesPerNonlinearElement: number;
  /** Communication rounds per transformer layer that do not depend on the context length. */
  roundsPerLayerBaseCount: number;
  /**
   * Extra rounds per layer per doubling of the context: the softmax maximum is a tree of log2(context)
   * comparisons, each about log2(64) = 6 rounds in a 64-bit ring plus one round to select.
   */
  roundsPerContextDoublingCount: number;
  /** Local computation on shares over plain computation on the same hardware. */
  computeFactorRatio: number;
  /** What the preset's figures come from. */
  source: string;
}

/** Rounds per softmax-tree level: a 64-bit comparison (log2 64 = 6 rounds) plus one selection round. */
const ROUNDS_PER_COMPARISON_LEVEL_COUNT = 7;

/** PUMA, 3-party replicated secret sharing, semi-honest, honest majority. */
const PUMA_3PC: MpcProtocol = {
  label: 'PUMA (3-party replicated secret sharing, semi-honest)',
  referencePartyCount: 3,
  bytesPerNonlinearElement: 1100,
  roundsPerLayerBaseCount: 770,
  roundsPerContextDoublingCount: ROUNDS_PER_COMPARISON_LEVEL_COUNT,
  computeFactorRatio: 760,
  source:
    'Traffic 1.1 KB per non-linear element: mpc-wan-round-trip-sensitivity case (fit to PUMA, arXiv 2307.12533). ' +
    'Rounds per layer (about 9,800 per BERT-base inference, within the published 1e3-1e4) and the compute factor ' +
    'are least-squares fits to PUMA BERT-base at 64/128/256 tokens on 32-vCPU servers (docs/model/privacy.md).',
};

/**
 * Bumblebee-class two-party inference (homomorphic encryption for linear layers, oblivious transfer for the
 * rest). Traffic: NEXUS reports Bumblebee uses 53.6 x its 164 MB for BERT-base (8.8 GB, about 0.93 KB per
 * non-linear element at 128 tokens). Rounds and compute factor: assumed equal to PUMA's (not calibrated).
 */
const BUMBLEBEE_2PC: MpcProtocol = {
  label: 'Bumblebee-class 2-party (HE + OT, semi-honest)',
  referencePartyCount: 2,
  bytesPerNonlinearElement: 930,
  roundsPerLayerBaseCount: PUMA_3PC.roundsPerLayerBaseCount,
  roundsPerContextDoublingCount: ROUNDS_PER_COMPARISON_LEVEL_COUNT,
  computeFactorRatio: PUMA_3PC.computeFactorRatio,
  source: 'NEXUS (NDSS 2025) comparison with Bumblebee (NDSS 2025); rounds and compute assumed as PUMA',
};

/** The protocol presets, by id. */
export const MPC_PROTOCOLS = {
  'puma-3pc': PUMA_3PC,
  'bumblebee-2pc': BUMBLEBEE_2PC,
} as const satisfies Record<string, MpcProtocol>;

/** Id of an MPC protocol preset. */
export type MpcProtocolId = keyof typeof MPC_PROTOCOLS;

/** The ids of the MPC presets, for the parameter table. */
export const MPC_PROTOCOL_IDS = ['puma-3pc', 'bumblebee-2pc'] as const satisfies readonly MpcProtocolId[];
