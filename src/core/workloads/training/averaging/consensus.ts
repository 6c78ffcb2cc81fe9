// How far decentralised replicas stay from their average: the share of a disagreement left after j averaging
// rounds (Moshpit's grid of all-reduce groups, gossip over a fixed ring or the one-peer exponential graph), and
// the steady-state consensus error of replicas that drift apart by independent SGD noise between averagings.
import { pow, sinPi } from '../../../math/index';

/** Share of a disagreement left after a round, below which later rounds are not summed. */
const NEGLIGIBLE_RESIDUAL_FRACTION = 1e-12;
/** Most averagings summed when a residual never reaches zero. */
const MAX_SUMMED_AVERAGING_COUNT = 100000;

/**
 * Share of the replicas' spread around their mean left when each replica holds the mean of `mixedCount` of the
 * `peerCount` replicas with independent starting values: (1/m - 1/N) / (1 - 1/N). One replica has no spread.
 */
export function groupMeanResidualFraction(mixedCount: number, peerCount: number): number {
  if (peerCount <= 1) return 0;
  const mixed = Math.min(Math.max(1, mixedCount), peerCount);
  return Math.max(0, (1 / mixed - 1 / peerCount) / (1 - 1 / peerCount));
}

/**
 * Moshpit All-Reduce: after j rounds on a grid of groups of M peers (each round all-reduces along another grid
 * dimension), every peer holds the mean of M^j peers, exact after d = log_M N rounds (Ryabinin et al. 2021,
 * "Moshpit SGD", NeurIPS, arXiv 2103.03239, section 3.1).
 */
export function moshpitResidualFraction(roundCount: number, groupSize: number, peerCount: number): number {
  const group = Math.max(1, Math.min(groupSize, peerCount));
  return groupMeanResidualFraction(pow(group, roundCount), peerCount);
}

/**
 * Gossip over the one-peer time-varying exponential graph (Stochastic Gradient Push's graph: at round j a node
 * exchanges with the node 2^(j mod log2 N) hops away, weights 1/2): after j rounds a node holds the mean of 2^j
 * nodes, exact after log2 N rounds when N is a power of two (Ying et al. 2021, "Exponential Graph is Provably
 * Efficient for Decentralized Deep Training", NeurIPS, arXiv 2110.13363; Assran et al. 2019, arXiv 1811.10792).
 */
export function exponentialGraphResidualFraction(roundCount: number, peerCount: number): number {
  return groupMeanResidualFraction(pow(2, roundCount), peerCount);
}

/**
 * Second-largest eigenvalue modulus of gossip on a ring where each node averages itself and its k nearest
 * neighbours (k/2 each side) with equal weights 1/(k+1): the circulant matrix's eigenvalues are
 * (1 + 2 sum_{m=1..k/2} cos(2 pi m s / N)) / (k + 1); the largest modulus over s = 1..N-1 is returned.
 */
export function ringSecondEigenvalue(neighbourCount: number, peerCount: number): number {
  if (peerCount <= 1) return 0;
  const perSide = Math.max(1, Math.min(Math.floor(neighbourCount / 2), Math.floor((peerCount - 1) / 2)));
  let largest = 0;
  for (let s = 1; s < peerCount; s += 1) {
    let sum = 1;
    // cos(2 pi m s / N) = sin(pi (1/2 - 2 m s / N))
    for (let m = 1; m <= perSide; m += 1) sum += 2 * sinPi(0.5 - (2 * m * s) / peerCount);
    largest = Math.max(largest, Math.abs(sum / (1 + 2 * perSide)));
  }
  return largest;
}

/**
 * Koloskova et al.'s mixing parameter p of a fixed gossip matrix W (Koloskova, Loizou, Boreiri, Jaggi and
 * Stich 2020, "A Unified Theory of Decentralized SGD with Changing Topology and Local Updates", ICML, arXiv
 * 2003.10422, assumption 4): one round leaves at most (1 - p) of the squared spread, p = 1 - lambda_2(W)^2.
 */
export function spectralGapFraction(secondEigenvalue: number): number {
  return 1 - secondEigenvalue * secondEigenvalue;
}

/**
 * Steady-state consensus error, in units of the spread one SGD step of independent noise adds (delta), when
 * replicas average every H steps and each averaging runs R rounds: drift of H delta accumulates between
 * averagings and the drift of a averagings ago has been through a R rounds, so the spread just after an
 * averaging is H sum_{a>=1} r(a R); the steps inside a period add (H - 1)/2 on average. Exact averaging every
 * step (all-reduce) gives 0. This is the quantity Koloskova et al. 2020 (lemma 14) and Lian et al. 2017
 * (D-PSGD, NeurIPS, arXiv 1705.09056, theorem 1) bound by sigma^2 eta^2 / p.
 */
export function consensusErrorRatio(
  residualAfterRounds: (roundCount: number) => number,
  roundsPerAveragingCount: number,
  periodStepCount: number,
): number {
  let sum = 0;
  for (let averaging = 1; averaging <= MAX_SUMMED_AVERAGING_COUNT; averaging += 1) {
    const residual = residualAfterRounds(averaging * roundsPerAveragingCount);
    if (residual < NEGLIGIBLE_RESIDUAL_FRACTION) break;
    sum += residual;
  }
  return periodStepCount * sum + (periodStepCount - 1) / 2;
}

/**
 * The same for a fixed gossip matrix with mixing parameter p, in closed form: r(j) = (1 - p)^j, so
 * H (1 - p)^R / (1 - (1 - p)^R) + (H - 1)/2. A gap of 0 (a graph that never mixes) has no steady state.
 */
export function fixedGraphConsensusErrorRatio(
  spectralGap: number,
  roundsPerAveragingCount: number,
  periodStepCount: number,
): number {
  const left = pow(1 - Math.min(1, Math.max(0, spectralGap)), roundsPerAveragingCount);
  if (left >= 1) return Number.POSITIVE_INFINITY;
  return (periodStepCount * left) / (1 - left) + (periodStepCount - 1) / 2;
}
