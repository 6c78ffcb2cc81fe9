// 3-party replicated secret sharing on SecretFlow-SPU: PUMA (fitted to its BERT-base table) and Ditto
// (PUMA's protocol on a ring of half the width, derived, not fitted).
import { type MpcProtocol, uniformKindCosts } from './types';

/** Rounds per softmax-tree level: a 64-bit comparison (log2 64 = 6 rounds) plus one selection round. */
export const ROUNDS_PER_COMPARISON_LEVEL_COUNT = 7;

/**
 * One 32-vCPU party server (PUMA's setting). Assumption (the CPU model is not in the case): 16 physical
 * cores x 2.7 GHz x 64 fp32 FLOP per cycle (two AVX-512 FMA units) = 2.76 TFLOP/s peak, at 43.3% sustained.
 */
const VCPU_32_SERVER = {
  label: '32-vCPU server (PUMA)',
  effectiveFlopPerS: 16 * 2.7e9 * 64 * 0.433,
  source: 'PUMA (arXiv 2307.12533): 3 x 32 vCPU; per-core rate an assumption (AVX-512, two FMA units)',
};

/** PUMA, 3-party replicated secret sharing, semi-honest, honest majority. */
export const PUMA_3PC: MpcProtocol = {
  label: 'PUMA (3-party replicated secret sharing, SecretFlow-SPU)',
  referencePartyCount: 3,
  hardware: VCPU_32_SERVER,
  linearComputeFactorRatio: 770,
  linearBytesPerOutputElement: 0,
  linearBytesPerWeightPerPass: 0,
  linearRoundsPerLayer: 755,
  nonlinear: uniformKindCosts({
    bytesPerElement: 1100,
    bytesPerRow: 0,
    computeSPerElement: 0,
    roundsPerLayer: 0,
  }),
  transportEfficiencyFraction: 1,
  softmaxRoundsPerContextDoubling: ROUNDS_PER_COMPARISON_LEVEL_COUNT,
  basis: {
    kind: 'fitted',
    caseId: 'mpc-puma-bert-base',
    note: 'bytes per non-linear element (1.1 KB: 26.0 GB over 23.6 M elements) from the 256-token traffic; rounds per layer (755) and the compute factor (770) solved exactly from the 64- and 256-token latencies; the 128-token figures and the 64-token traffic are left out of the fit. The source gives totals, not a split by kind, so every kind costs the same',
  },
  source: 'PUMA (Dong et al., arXiv 2307.12533), BERT-base experiments',
};

/**
 * Ring width of Ditto's quantised arithmetic over PUMA's 64-bit ring. Assumption: Ditto's "reduce bitwidth"
 * with static dyadic quantisation halves the ring (64 to 32 bits) for linear and non-linear layers alike;
 * traffic and local ring arithmetic scale with it, the round structure does not.
 */
export const DITTO_RING_WIDTH_OVER_PUMA_RATIO = 32 / 64;

/** Ditto: PUMA's protocol family with quantised, half-width shares. Derived from PUMA, not fitted. */
export const DITTO_3PC: MpcProtocol = {
  ...PUMA_3PC,
  label: 'Ditto (quantised 3-party secret sharing on SecretFlow-SPU)',
  linearComputeFactorRatio: PUMA_3PC.linearComputeFactorRatio * DITTO_RING_WIDTH_OVER_PUMA_RATIO,
  nonlinear: uniformKindCosts({
    bytesPerElement: PUMA_3PC.nonlinear.gelu.bytesPerElement * DITTO_RING_WIDTH_OVER_PUMA_RATIO,
    bytesPerRow: 0,
    computeSPerElement: 0,
    roundsPerLayer: 0,
  }),
  basis: {
    kind: 'derived',
    note: 'PUMA’s fitted constants with traffic and ring arithmetic halved (32- instead of 64-bit shares); no constant from a Ditto figure',
  },
  source: 'Ditto (Wu et al., ICML 2024, arXiv 2405.05525): static dyadic quantisation on SecretFlow-SPU',
};
