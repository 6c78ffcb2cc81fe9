// Inputs of decentralised parameter averaging (part of the `training` group): which averaging the replicas run
// (exact all-reduce, Moshpit's groups, or gossip), how often, and the baseline it is compared with.
import { choiceParam, numberParam } from '../../../params/spec';
import { CONSENSUS_STEP_PENALTY_RATIO } from './stepsNeeded';

/** Averagings that can be chosen, 'none' leaves the averaging model off. */
export const AVERAGING_TECHNIQUES = ['all-reduce', 'moshpit', 'gossip'] as const;
/** One averaging technique. */
export type AveragingTechnique = (typeof AVERAGING_TECHNIQUES)[number];
/** Gossip graphs. */
export const GOSSIP_TOPOLOGIES = ['exponential-one-peer', 'ring'] as const;

const MOSHPIT = 'Ryabinin et al. 2021, "Moshpit SGD" (NeurIPS, arXiv 2103.03239)';

/** Parameters of the averaging model, spread into the training group. */
export const AVERAGING_PARAMS = {
  averagingTechnique: choiceParam({
    label: 'Decentralised averaging',
    options: ['none', ...AVERAGING_TECHNIQUES],
    default: 'none',
    description:
      'none: off (no averaging metrics). Otherwise the replicas average their parameters by exact all-reduce, ' +
      'Moshpit All-Reduce (groups of M peers on a grid) or gossip; time to a fixed quality is the steps needed ' +
      '(more when replicas disagree) times the time per step (averaging* metrics).',
    source: `${MOSHPIT}; Lian et al. 2017, D-PSGD (arXiv 1705.09056); project choice: off by default`,
    advanced: true,
  }),
  averagingBaselineTechnique: choiceParam({
    label: 'Averaging compared with',
    options: AVERAGING_TECHNIQUES,
    default: 'all-reduce',
    description:
      'The averaging the chosen one is compared with on the same peers and network (averagingSpeedupOverBaselineRatio).',
    source: `${MOSHPIT}, section 4: compared with all-reduce SGD and gossip (SGP, AD-PSGD)`,
    advanced: true,
  }),
  averagingGroupSize: numberParam({
    label: 'Moshpit group size M',
    unit: 'count',
    default: 8,
    min: 2,
    max: 1e5,
    scale: 'log',
    integer: true,
    description: 'Peers per all-reduce group in one Moshpit round (the grid is M x M x ... over N peers).',
    source: `${MOSHPIT}, section 3.1: peers on a d-dimensional grid of side M, N = M^d`,
    advanced: true,
  }),
  averagingRoundsPerAveragingCount: numberParam({
    label: 'Rounds per averaging',
    unit: 'count',
    default: 1,
    min: 1,
    max: 100,
    integer: true,
    description: 'Moshpit rounds or gossip exchanges each time the replicas average.',
    source: `${MOSHPIT}, algorithm 2: one Moshpit All-Reduce round per averaging step`,
    advanced: true,
  }),
  averagingPeriodStepCount: numberParam({
    label: 'Steps between averagings',
    unit: 'count',
    default: 1,
    min: 1,
    max: 10000,
    scale: 'log',
    integer: true,
    description: 'Local SGD steps each replica takes between two averagings (1: average after every step).',
    source: 'Lian et al. 2017 and Assran et al. 2019 (SGP, arXiv 1811.10792): one gossip exchange per step',
    advanced: true,
  }),
  gossipTopology: choiceParam({
    label: 'Gossip graph',
    options: GOSSIP_TOPOLOGIES,
    default: 'exponential-one-peer',
    description:
      'exponential-one-peer: each round a node exchanges with one peer 2^j hops away (SGP); ring: each node ' +
      'averages with its nearest neighbours every round.',
    source: 'Assran et al. 2019 (SGP): time-varying one-peer exponential graph; Lian et al. 2017: ring',
    advanced: true,
  }),
  gossipNeighbourCount: numberParam({
    label: 'Ring neighbours k',
    unit: 'count',
    default: 2,
    min: 2,
    max: 1000,
    integer: true,
    description: 'Neighbours each node averages with on the ring graph (k/2 each side).',
    source: 'Lian et al. 2017, D-PSGD experiments: ring, one neighbour each side',
    advanced: true,
  }),
  averagingConsensusPenaltyRatio: numberParam({
    label: 'Extra steps per unit of consensus error',
    unit: 'ratio',
    default: CONSENSUS_STEP_PENALTY_RATIO,
    min: 0,
    max: 100,
    description:
      'Fractional extra SGD steps to the same quality per unit of steady-state consensus error (in units of ' +
      'the spread one step of gradient noise adds).',
    source:
      'fitted on moshpit-sgd-speedups (ResNet-50, Moshpit vs SGP, 1.3x); linear in the consensus error as in ' +
      'Koloskova et al. 2020 (arXiv 2003.10422), lemma 11',
    advanced: true,
  }),
};
