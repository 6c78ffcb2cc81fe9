// 2-party protocols that compute linear layers with homomorphic encryption and non-linear ones with
// oblivious transfer or secret sharing (Cheetah family): BumbleBee and Nimbus. Their rounds and compute on
// shares are taken from PUMA's fit (assumption: same CPU class and round structure); only traffic is
// protocol-specific.
import { PUMA_3PC } from './puma';
import { type MpcProtocol, uniformKindCosts } from './types';

/**
 * BumbleBee traffic per non-linear element: NEXUS reports BumbleBee uses 53.6 x NEXUS's 164 MB for BERT-base
 * at 128 tokens (8.8 GB over about 9.4 M non-linear elements: 930 bytes each).
 */
const BUMBLEBEE_BYTES_PER_NONLINEAR_ELEMENT = 930;

/** BumbleBee-class 2PC (HE + OT, semi-honest). */
export const BUMBLEBEE_2PC: MpcProtocol = {
  ...PUMA_3PC,
  label: 'BumbleBee (2-party HE + OT, semi-honest)',
  referencePartyCount: 2,
  nonlinear: uniformKindCosts({
    bytesPerElement: BUMBLEBEE_BYTES_PER_NONLINEAR_ELEMENT,
    bytesPerRow: 0,
    computeSPerElement: 0,
    roundsPerLayer: 0,
  }),
  basis: {
    kind: 'derived',
    note: 'traffic from NEXUS’s BumbleBee comparison (not a calibration case); rounds and compute assumed as PUMA',
  },
  source: 'BumbleBee (Lu et al., NDSS 2025); traffic via NEXUS (Zhang et al., NDSS 2025)',
};

/**
 * Nimbus over BumbleBee: linear layers 2.9-12.5x faster (client-side outer product with cached encrypted
 * weights), non-linear 2.9-4.0x (low-degree piecewise polynomials); the geometric means of Nimbus's own
 * component ranges. The end-to-end speedup built from them echoes the same source.
 */
export const NIMBUS_LINEAR_SPEEDUP_RATIO = Math.sqrt(2.9 * 12.5);
export const NIMBUS_NONLINEAR_SPEEDUP_RATIO = Math.sqrt(2.9 * 4.0);

/** Nimbus 2PC: BumbleBee with Nimbus's linear and non-linear speedups. */
export const NIMBUS_2PC: MpcProtocol = {
  ...BUMBLEBEE_2PC,
  label: 'Nimbus (2-party, client-side outer-product HE, polynomial non-linears)',
  linearComputeFactorRatio: BUMBLEBEE_2PC.linearComputeFactorRatio / NIMBUS_LINEAR_SPEEDUP_RATIO,
  linearRoundsPerLayer: BUMBLEBEE_2PC.linearRoundsPerLayer / NIMBUS_NONLINEAR_SPEEDUP_RATIO,
  nonlinear: uniformKindCosts({
    bytesPerElement: BUMBLEBEE_BYTES_PER_NONLINEAR_ELEMENT / NIMBUS_NONLINEAR_SPEEDUP_RATIO,
    bytesPerRow: 0,
    computeSPerElement: 0,
    roundsPerLayer: 0,
  }),
  basis: {
    kind: 'derived',
    note: 'BumbleBee’s costs divided by Nimbus’s published component speedups (the same source as its end-to-end figure)',
  },
  source: 'Nimbus (Li et al., NeurIPS 2024, arXiv 2411.15707)',
};
