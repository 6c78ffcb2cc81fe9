// Extra SGD steps to a fixed quality when replicas disagree: linear in the steady-state consensus error.

/**
 * Fractional extra steps to the same quality per unit of consensus error (units of the spread one step of
 * gradient noise adds). Fitted on moshpit-sgd-speedups, ResNet-50 on ImageNet, Moshpit SGD against SGP gossip
 * (1.3x to 75% top-1): the one value with which the modelled time to target of the two averagings gives the
 * published ratio on the configured 64 peers at 1 Gbit/s (src/core/calibration/fittedConstants.ts). It implies
 * SGP on 64 peers needs 1.97x the steps of exact averaging to reach 75% top-1: it also absorbs whatever else
 * made Moshpit faster in the run (averaging schedule, overlap, stragglers), which the case does not state.
 */
export const CONSENSUS_STEP_PENALTY_RATIO = 1.07;

/**
 * Steps needed to a fixed quality, as a multiple of exact averaging's: 1 + kappa x consensus error. The
 * descent of the replicas' mean loses a term proportional to L^2 times the mean squared distance of the
 * replicas from their mean (Koloskova et al. 2020, arXiv 2003.10422, lemma 11; Lian et al. 2017, arXiv
 * 1705.09056, theorem 1), so at a fixed learning-rate schedule the steps to a fixed loss grow, to first order,
 * in proportion to the consensus error. Kong et al. 2021 ("Consensus Control for Decentralized Deep Learning",
 * ICML, arXiv 2102.04828) find the same in training runs: decentralised training matches centralised quality
 * while the consensus distance stays below a critical value and loses quality as it grows past it.
 */
export function stepsNeededRatio(consensusErrorRatio: number, penaltyRatio: number): number {
  return 1 + penaltyRatio * consensusErrorRatio;
}
