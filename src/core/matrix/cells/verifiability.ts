// The verifiability row of the synergy matrix: the chance a wrong result is accepted as the network
// decentralizes, as verification strengthens, and as the job scales out.
import { DECENTRALIZATION_KNOB, SCALE_OUT_TRAINING_KNOB, VERIFICATION_STRENGTH_KNOB } from '../knobs';
import type { CellDefinition, SensitivityInput } from '../types';
import {
  COLLUSION_SENSITIVITY,
  DECENTRALIZED_TRAINING_JOB,
  MALICIOUS_SHARE_SENSITIVITY,
  SCALE_OUT_TRAINING_JOB,
  VERIFIED_INFERENCE_JOB,
} from './jobs';

/** Replica counts from the cheapest redundancy to a large committee. */
const REPLICA_COUNT_SENSITIVITY: SensitivityInput = {
  kind: 'parameter',
  path: 'replication.replicaCount',
  values: [2, 3, 5],
  rangeSource: 'assumption: 2 (cheapest comparison) to 5 replicas; the table allows 1-100',
};

/** Verifiability x decentralization: 3-replica redundant execution on the decentralization ladder. */
export const VERIFIABILITY_DECENTRALIZATION: CellDefinition = {
  scenarioId: 'matrix-verifiability-decentralization',
  row: 'verifiability',
  column: 'decentralization',
  bundle: {
    label: 'redundant execution, 3 replicas compared within a tolerance',
    reason:
      'Not rated in the article; the model’s own choice: re-running work on independent nodes is the check a network of untrusted operators uses first.',
  },
  params: {
    ...DECENTRALIZED_TRAINING_JOB,
    'verification.technique': 'redundant-execution',
    'replication.replicaCount': 3,
  },
  knob: DECENTRALIZATION_KNOB,
  articleRating: 'not stated',
  articleBasis: 'Not rated in the article; the model’s own rating.',
  mechanism:
    'A wrong result passes only if every replica of a step is malicious and they agree; replicas are drawn at random from a network with a fixed malicious share, so spreading the same GPUs over more operators and wider networks leaves that chance where it was. Not in the model: in one operator’s datacentre the adversary is all or nothing (you trust that operator), which the model’s independent-node adversary cannot express.',
  sensitivity: [MALICIOUS_SHARE_SENSITIVITY, COLLUSION_SENSITIVITY, REPLICA_COUNT_SENSITIVITY],
};

/** Verifiability x security: the verification-strength ladder ending at zkML. */
export const VERIFIABILITY_SECURITY: CellDefinition = {
  scenarioId: 'matrix-verifiability-security',
  row: 'verifiability',
  column: 'security',
  bundle: {
    label: 'zkML (a zero-knowledge proof of each request) at the top of the ladder',
    reason: 'The article credits this cell to zkML, which proves an AI computation was done as claimed.',
  },
  params: VERIFIED_INFERENCE_JOB,
  knob: VERIFICATION_STRENGTH_KNOB,
  articleRating: 'strong',
  articleBasis: 'Strong: zkML proves AI computation correct.',
  mechanism:
    'Each step up lets fewer wrong results through: spot checks catch a cheat at the audit rate, replicas unless the others are malicious too, a proof with probability 1 - 2^-128 whatever the adversary. Verifiability and security rise together because both are the chance a lie is caught.',
  sensitivity: [
    MALICIOUS_SHARE_SENSITIVITY,
    {
      kind: 'parameter',
      path: 'spotCheck.auditRateFraction',
      values: [0.01, 0.05, 0.2],
      rangeSource: 'assumption: 1% to 20% of results audited around the table’s 5% default',
    },
    REPLICA_COUNT_SENSITIVITY,
  ],
};

/** Verifiability x scalability: zero-knowledge proofs on the scale-out job. */
export const VERIFIABILITY_SCALABILITY: CellDefinition = {
  scenarioId: 'matrix-verifiability-scalability',
  row: 'verifiability',
  column: 'scalability',
  bundle: {
    label: 'a zero-knowledge proof of each node’s training step',
    reason:
      'Not rated in the article; the model’s own choice: the article’s verification technique (zkML), applied as the network grows.',
  },
  params: {
    ...SCALE_OUT_TRAINING_JOB,
    'verification.technique': 'zero-knowledge',
  },
  knob: SCALE_OUT_TRAINING_KNOB,
  articleRating: 'not stated',
  articleBasis: 'Not rated in the article; the model’s own rating.',
  mechanism:
    'Every node proves its own work and anyone checks a proof in milliseconds to seconds, so the chance a wrong result is accepted does not depend on how many nodes there are. What scale costs is proving time and on-chain verification capacity, which land in the performance row and in the ledger scenarios.',
  sensitivity: [
    MALICIOUS_SHARE_SENSITIVITY,
    COLLUSION_SENSITIVITY,
    {
      kind: 'parameter',
      path: 'zk.proofSystem',
      values: ['zkllm-gpu', 'general-zkml'],
      rangeSource: 'both proof-system presets (docs/model/verification.md)',
    },
  ],
};
