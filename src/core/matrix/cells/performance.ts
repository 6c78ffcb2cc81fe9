// The performance row of the synergy matrix: useful throughput at equal quality as the network decentralizes,
// as verification strengthens, and as the job scales out.
import { DECENTRALIZATION_KNOB, SCALE_OUT_TRAINING_KNOB, VERIFICATION_STRENGTH_KNOB } from '../knobs';
import type { CellDefinition } from '../types';
import {
  DECENTRALIZED_TRAINING_JOB,
  LADDER_VOLATILITY_SENSITIVITY,
  LINK_EFFICIENCY_SENSITIVITY,
  SCALE_GLOBAL_BATCH_SENSITIVITY,
  SCALE_OUT_TRAINING_JOB,
  VERIFIED_INFERENCE_JOB,
} from './jobs';

/** Performance x decentralization: DiLoCo-style training of a 1B model on the decentralization ladder. */
export const PERFORMANCE_DECENTRALIZATION: CellDefinition = {
  scenarioId: 'matrix-performance-decentralization',
  row: 'performance',
  column: 'decentralization',
  bundle: {
    label: 'low-communication (DiLoCo-style) training, no privacy or verification',
    reason:
      'The article rates this pairing weak for volatile nodes, latency and coordination costs; low-communication training is what decentralized training runs use to fight exactly those, so the model gives the pairing its best chance.',
  },
  params: DECENTRALIZED_TRAINING_JOB,
  knob: DECENTRALIZATION_KNOB,
  articleRating: 'weak',
  articleBasis:
    'Weak: volatile nodes, latency, transaction costs and consensus slow a decentralized network.',
  mechanism:
    'The same 64 GPUs lose time to the outer sync as round trips grow from 10 microseconds to 130 ms and bandwidth falls from 400 to 1 Gbit/s, to stragglers as node speeds spread, to rounds redone when a node drops, and to the extra compute 64 small replicas need to reach the quality of 8 large ones (M^0.195). Ledger costs are not in this sweep (see scenarios/article/l1-large-training.json).',
  sensitivity: [
    LADDER_VOLATILITY_SENSITIVITY,
    {
      kind: 'parameter',
      path: 'training.innerStepCount',
      values: [25, 100, 500],
      rangeSource: 'DiLoCo and INTELLECT-1 sync every 100-500 inner steps; 25 is a cautious setting',
    },
    {
      kind: 'parameter',
      path: 'model.parameterCount',
      values: [3e8, 1e9, 3e9],
      rangeSource: 'assumption: models from 0.3B to 3B, which fit one 80 GB GPU with Adam state',
    },
    LINK_EFFICIENCY_SENSITIVITY,
  ],
};

/** Performance x security: the verification-strength ladder on the verified-inference job. */
export const PERFORMANCE_SECURITY: CellDefinition = {
  scenarioId: 'matrix-performance-security',
  row: 'performance',
  column: 'security',
  bundle: {
    label: 'the verification ladder (spot checks, 3 replicas, zkML) on 13B inference',
    reason:
      'Not rated in the article; the model’s own choice: the same ladder as verifiability x security, so the two rows show the two sides of one knob.',
  },
  params: VERIFIED_INFERENCE_JOB,
  knob: VERIFICATION_STRENGTH_KNOB,
  articleRating: 'not stated',
  articleBasis: 'Not rated in the article; the model’s own rating.',
  mechanism:
    'Each step up costs throughput: audits re-run a share of the work, k replicas divide useful throughput by k, and proving every request takes far longer than generating it (a GPU prover such as zkLLM pays for every looked-up activation and attention score, seconds to minutes per request, far longer than generating it).',
  sensitivity: [
    {
      kind: 'parameter',
      path: 'replication.replicaCount',
      values: [2, 3, 5],
      rangeSource: 'assumption: 2 to 5 replicas; the table allows 1-100',
    },
    {
      kind: 'parameter',
      path: 'spotCheck.auditRateFraction',
      values: [0.01, 0.05, 0.2],
      rangeSource: 'assumption: 1% to 20% of results audited around the table’s 5% default',
    },
    {
      kind: 'parameter',
      path: 'inference.batchSizeCount',
      values: [1, 16],
      rangeSource: 'assumption: single-stream serving and a modest batch',
    },
  ],
};

/** Performance x scalability: the INTELLECT-1-shaped job on more nodes. */
export const PERFORMANCE_SCALABILITY: CellDefinition = {
  scenarioId: 'matrix-performance-scalability',
  row: 'performance',
  column: 'scalability',
  bundle: {
    label: 'low-communication (DiLoCo-style) training of a 10B model, 8 H100 per node, continent-wide',
    reason:
      'The article rates this pairing strong for distributed compute and training; INTELLECT-1 is its showcase.',
  },
  params: SCALE_OUT_TRAINING_JOB,
  knob: SCALE_OUT_TRAINING_KNOB,
  articleRating: 'strong',
  articleBasis: 'Strong: distributing compute and training scales a network’s capacity.',
  mechanism:
    'More nodes share each outer round’s compute, but the int8 sync of a 10B model does not shrink (a ring all-reduce sends about twice the payload per node whatever the count), its latency grows with the ring, stragglers and dropped rounds grow with the node count, and more replicas need more compute for equal quality (M^0.195). Throughput at equal quality keeps growing while compute dominates the round.',
  sensitivity: [
    SCALE_GLOBAL_BATCH_SENSITIVITY,
    LINK_EFFICIENCY_SENSITIVITY,
    {
      kind: 'parameter',
      path: 'heterogeneity.persistentSpeedSigma',
      values: [0, 0.1, 0.3],
      rangeSource: 'assumption: identical nodes to a wide spread of node speeds',
    },
    {
      kind: 'parameter',
      path: 'heterogeneity.dropProbabilityFraction',
      values: [0, 0.002, 0.01],
      rangeSource: 'assumption: no churn to a 1% chance that a node drops in a round',
    },
  ],
};
