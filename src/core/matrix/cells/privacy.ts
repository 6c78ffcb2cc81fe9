// The privacy row of the synergy matrix: exposure of a record as the network decentralizes, as the protection
// tolerates larger coalitions, and as the job scales out.
import { DECENTRALIZATION_KNOB, MPC_THRESHOLD_KNOB, SCALE_OUT_SERVING_KNOB } from '../knobs';
import type { CellDefinition } from '../types';
import {
  COLLUSION_SENSITIVITY,
  DECENTRALIZED_TRAINING_JOB,
  MALICIOUS_SHARE_SENSITIVITY,
  MPC_INFERENCE_JOB,
} from './jobs';

/** Privacy x decentralization: federated learning with secure aggregation on the decentralization ladder. */
export const PRIVACY_DECENTRALIZATION: CellDefinition = {
  scenarioId: 'matrix-privacy-decentralization',
  row: 'privacy',
  column: 'decentralization',
  bundle: {
    label: 'federated learning with secure aggregation (FedAvg-style local steps)',
    reason: 'The article credits this cell to federated learning, which keeps raw data with its owners.',
  },
  params: {
    ...DECENTRALIZED_TRAINING_JOB,
    'privacy.technique': 'federated',
    'federated.secureAggregation': true,
  },
  knob: DECENTRALIZATION_KNOB,
  articleRating: 'strong',
  articleBasis:
    'Strong: federated learning lets many owners train together while their data stays with them.',
  mechanism:
    'Raw data never leaves its owner; an individual update leaks only if the aggregator is malicious and at least a third of the other participants collude with it. The more independent participants, the less likely a colluding third (a binomial tail) while the malicious share stays below one third; at or near a third the tail stops shrinking and the gain fades. If malicious nodes do not collude, no coalition forms: exposure is zero at every rung, nothing changes, and the cell rates medium. Not in the model: malicious nodes are drawn independently, so the single-operator rung counts as 8 independent participants; one operator holding all the data would expose it whenever that operator is hostile, which would make the gain from decentralizing larger.',
  sensitivity: [MALICIOUS_SHARE_SENSITIVITY, COLLUSION_SENSITIVITY],
};

/** Privacy x security: MPC whose collusion threshold rises. */
export const PRIVACY_SECURITY: CellDefinition = {
  scenarioId: 'matrix-privacy-security',
  row: 'privacy',
  column: 'security',
  bundle: {
    label: '3-party MPC inference (PUMA-style) with a rising collusion threshold',
    reason:
      'Not rated in the article; the model’s own choice: MPC is the privacy technique whose protection is itself a security parameter (how many parties must collude).',
  },
  params: MPC_INFERENCE_JOB,
  knob: MPC_THRESHOLD_KNOB,
  articleRating: 'not stated',
  articleBasis: 'Not rated in the article; the model’s own rating.',
  mechanism:
    'The data leaks only when the threshold number of parties are malicious and pool their shares, so raising the threshold both raises the tolerated adversary and lowers exposure: in threshold schemes privacy and security are one coalition bound and reinforce almost by definition. Not in the model: security bought by redundancy (replicas or validators re-executing in the clear) would show the data to more nodes, because replicas are not counted as viewers.',
  sensitivity: [MALICIOUS_SHARE_SENSITIVITY, COLLUSION_SENSITIVITY],
};

/** Privacy x scalability: MPC-protected inference served on more nodes. */
export const PRIVACY_SCALABILITY: CellDefinition = {
  scenarioId: 'matrix-privacy-scalability',
  row: 'privacy',
  column: 'scalability',
  bundle: {
    label: '3-party MPC inference served on more nodes',
    reason:
      'The article calls this pairing promising but technically hard; the techniques that hide data from every node (MPC, FHE) are the hard ones to scale, so the model scales an MPC-protected service.',
  },
  params: MPC_INFERENCE_JOB,
  knob: SCALE_OUT_SERVING_KNOB,
  articleRating: 'medium',
  articleBasis: 'Medium: privacy at scale is promising but technically hard.',
  mechanism:
    'Each request is still shared among the same 3 parties however many nodes serve, so exposure does not move with scale: the protection scales, its price does not (MPC is about 1e5 to 1e7 times slower than plain inference, see scenarios/article/privacy-slowdown-order.json). The rating therefore rests on a flat privacy metric, not on the difficulty the article means. With federated learning and secure aggregation instead, exposure falls with scale; with TEEs or no protection it rises (scenarios/workshop/privacy-at-scale-by-technique.json).',
  sensitivity: [
    MALICIOUS_SHARE_SENSITIVITY,
    COLLUSION_SENSITIVITY,
    {
      kind: 'parameter',
      path: 'mpc.partyCount',
      values: [3, 5],
      rangeSource: 'PUMA uses 3 parties; 5 is a plausible larger committee (the table allows 2-100)',
    },
  ],
};
