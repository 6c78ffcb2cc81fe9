// 2-party arithmetic secret sharing with Beaver triples from a trusted dealer (CrypTen), with its own
// approximations and with MPCFormer's MPC-friendly ones. Costs are built from the primitives and CrypTen's
// iteration counts (recipes.ts); nothing is fitted to a latency.
import { log2 } from '../../math/index';
import type { NonlinearKind } from '../operationCounts';
import { CRYPTEN_RECIPES, MPCFORMER_RECIPES, type MpcPrimitives, type Recipes, recipeBytes } from './recipes';
import type { MpcKindCost, MpcProtocol } from './types';

/** Bytes of a 64-bit ring element. */
const RING_ELEMENT_BYTES = 8;
/** Parties of CrypTen's default deployment. */
const CRYPTEN_PARTY_COUNT = 2;
/** Bits of the ring (log2 of the comparison adder's depth is log2 of this). */
const RING_BITS = 64;

/**
 * Beaver-triple 2PC primitives (Knott et al. 2021, CrypTen, NeurIPS): a product opens two masked values per
 * party (2 x 2 x 8 bytes); a comparison converts to binary shares and runs a log-depth carry-lookahead adder
 * (log2 64 = 6 levels of about 2 x 64 AND gates, each opening 2 bits per party) and converts back (one
 * product). Estimates from the protocol structure.
 */
export const CRYPTEN_PRIMITIVES: MpcPrimitives = {
  multiplyBytes: CRYPTEN_PARTY_COUNT * 2 * RING_ELEMENT_BYTES,
  compareBytes:
    CRYPTEN_PARTY_COUNT * RING_ELEMENT_BYTES +
    (log2(RING_BITS) * 2 * RING_BITS * CRYPTEN_PARTY_COUNT * 2) / 8 +
    CRYPTEN_PARTY_COUNT * 2 * RING_ELEMENT_BYTES,
  compareRoundCount: log2(RING_BITS) + 2,
};

/**
 * One party's machine. Assumption (MPCFormer's hardware is not in the case): one V100-class GPU, 15.7
 * TFLOP/s fp32 peak at 43.3% sustained.
 */
const CRYPTEN_GPU = {
  label: 'one V100-class GPU per party (assumption)',
  effectiveFlopPerS: 15.7e12 * 0.433,
  source: 'NVIDIA V100 datasheet: 15.7 TFLOP/s fp32; the deployment is an assumption',
};

/**
 * CrypTen runs 64-bit integer products on GPUs as several floating-point products over 16-bit blocks, and a
 * Beaver product needs three local products: about 10 x 3 (Knott et al. 2021, GPU support; estimate).
 */
const CRYPTEN_LINEAR_COMPUTE_FACTOR_RATIO = 30;

/**
 * Share of the link CrypTen's Python and torch.distributed transport reaches. Fitted: the one CrypTen constant
 * set from a published figure, so that vanilla BERT-base at 128 tokens on a 10 Gbit/s, 0.5 ms LAN takes
 * MPCFormer's "about 60 s" (mpcformer-bert-base-mpc): the modelled traffic (5.47 GB, 2.188 s at the full link)
 * over the 59.01 s left after 0.864 s of rounds and 0.126 s of compute = 0.0371, rounded to 0.037, so it moves
 * at about 0.37 Gbit/s. Refitted from the same figure when the linear-output count stopped counting the
 * feed-forward outputs once per layer too often (6.30 GB, 2.520 s, before); the old value was 0.043.
 * MPCFormer's speedups are predictions on top of it.
 */
export const CRYPTEN_TRANSPORT_EFFICIENCY_FRACTION = 0.037;

function kindCosts(recipes: Recipes): Record<NonlinearKind, MpcKindCost> {
  const cost = (kind: NonlinearKind): MpcKindCost => {
    const bytes = recipeBytes(recipes[kind], CRYPTEN_PRIMITIVES);
    return {
      bytesPerElement: bytes.perElement,
      bytesPerRow: bytes.perRow,
      computeSPerElement: 0,
      roundsPerLayer:
        recipes[kind].roundsPerLayer +
        recipes[kind].comparesPerElement * CRYPTEN_PRIMITIVES.compareRoundCount,
    };
  };
  return {
    softmax: cost('softmax'),
    gelu: cost('gelu'),
    silu: cost('silu'),
    normalization: cost('normalization'),
    relu: cost('relu'),
    pooling: cost('pooling'),
    vocabularyOutput: cost('vocabularyOutput'),
  };
}

const CRYPTEN_BASE = {
  referencePartyCount: CRYPTEN_PARTY_COUNT,
  hardware: CRYPTEN_GPU,
  linearComputeFactorRatio: CRYPTEN_LINEAR_COMPUTE_FACTOR_RATIO,
  // Opening the masked input of each product: 2 parties x 8 bytes per value.
  linearBytesPerOutputElement: CRYPTEN_PARTY_COUNT * RING_ELEMENT_BYTES,
  // Opening the masked (secret) weights of each product once per pass.
  linearBytesPerWeightPerPass: CRYPTEN_PARTY_COUNT * RING_ELEMENT_BYTES,
  // Sequential products per layer: QKV, scores, scores x V, output, MLP up, MLP down.
  linearRoundsPerLayer: 6,
  transportEfficiencyFraction: CRYPTEN_TRANSPORT_EFFICIENCY_FRACTION,
  softmaxRoundsPerContextDoubling: CRYPTEN_PRIMITIVES.compareRoundCount + 1,
} as const;

/** CrypTen with its default approximations. */
export const CRYPTEN_2PC: MpcProtocol = {
  ...CRYPTEN_BASE,
  label: 'CrypTen (2-party Beaver triples, its own approximations)',
  nonlinear: kindCosts(CRYPTEN_RECIPES),
  basis: {
    kind: 'fitted',
    caseId: 'mpcformer-bert-base-mpc',
    note: 'primitive costs from the protocol structure and CrypTen’s default iteration counts; transport efficiency fitted to MPCFormer’s “about 60 s” for BERT-base',
  },
  source: 'CrypTen (Knott et al., NeurIPS 2021); configs/default.yaml iteration counts',
};

/** CrypTen with MPCFormer's Quad GeLU and 2Quad softmax. */
export const MPCFORMER_2PC: MpcProtocol = {
  ...CRYPTEN_BASE,
  label: 'MPCFormer-style approximations on CrypTen (Quad GeLU, 2Quad softmax)',
  nonlinear: kindCosts(MPCFORMER_RECIPES),
  softmaxRoundsPerContextDoubling: 0,
  basis: {
    kind: 'derived',
    note: 'CrypTen’s costs (and its fitted transport efficiency) with GeLU and softmax replaced by MPCFormer’s quadratic approximations',
  },
  source: 'MPCFormer (Li et al., ICLR 2023, arXiv 2211.01452)',
};
