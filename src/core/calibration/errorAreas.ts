// The areas the model's own error is measured in (docs/validation.md, "Out-of-sample error by area"): which
// published-case areas and outside peers belong to each, and the words a track record uses for its figures.
// Adding a published-case area or a peer is one line in the maps below.

/** Each area: id, heading in the report, and the noun phrase for its figures in a track-record line. */
export const ERROR_AREAS = [
  { id: 'training-networks', label: 'Training over networks', figures: 'training-over-networks figures' },
  { id: 'datacentre-training', label: 'Datacentre training', figures: 'datacentre-training figures' },
  { id: 'inference-networks', label: 'Inference over networks', figures: 'inference-over-networks figures' },
  { id: 'mpc', label: 'MPC', figures: 'MPC figures' },
  { id: 'fhe', label: 'FHE', figures: 'FHE figures' },
  { id: 'tee', label: 'TEE', figures: 'TEE figures' },
  { id: 'zk', label: 'zk proofs', figures: 'zk-proof figures' },
  { id: 'dp-fl', label: 'DP / FL', figures: 'DP and federated-learning figures' },
  { id: 'ledger', label: 'Ledger', figures: 'ledger figures' },
  { id: 'limits', label: 'Limits', figures: 'scaling-limit figures' },
  { id: 'other-verification', label: 'Other verification', figures: 'verification figures' },
] as const;

/** Id of an error area. */
export type ErrorAreaId = (typeof ERROR_AREAS)[number]['id'];

/** The ids in report order. */
export const ERROR_AREA_IDS: readonly ErrorAreaId[] = ERROR_AREAS.map((area) => area.id);

/** The report heading of an area. */
export function errorAreaLabel(id: ErrorAreaId): string {
  return ERROR_AREAS.find((area) => area.id === id)?.label ?? id;
}

/** The track-record noun phrase of an area ("MPC figures"). */
export function errorAreaFigures(id: ErrorAreaId): string {
  return ERROR_AREAS.find((area) => area.id === id)?.figures ?? `${id} figures`;
}

/** Error area of each `area` of the published-case files (both naming styles); unknown areas are reported. */
export const CASE_AREA_ERROR_AREAS: Readonly<Record<string, ErrorAreaId>> = {
  'training/low-communication': 'training-networks',
  'training/data-parallel': 'training-networks',
  '1-decentralized-training': 'training-networks',
  hardware: 'datacentre-training',
  '2-datacentre-training': 'datacentre-training',
  'inference/pipeline': 'inference-networks',
  'inference/tensor-parallel': 'inference-networks',
  '3-inference-networks': 'inference-networks',
  'privacy/mpc': 'mpc',
  '4-mpc': 'mpc',
  'privacy/fhe': 'fhe',
  '5-fhe': 'fhe',
  'privacy/tee': 'tee',
  '6-tee': 'tee',
  'verification/zk': 'zk',
  '7-zkml': 'zk',
  'privacy/dp': 'dp-fl',
  'privacy/federated': 'dp-fl',
  '8-dp-fl': 'dp-fl',
  ledger: 'ledger',
  '9-ledgers': 'ledger',
  'limits/epoch': 'limits',
  'verification/commitments': 'other-verification',
  'verification/redundancy': 'other-verification',
  '10-verification': 'other-verification',
};

/** Error area of each outside peer of peer-references.json (compared in scenarios/peers/). */
export const PEER_ERROR_AREAS: Readonly<Record<string, ErrorAreaId>> = {
  'douillard-diloco-bandwidth': 'training-networks',
  'miri-decentralized-training': 'training-networks',
  'erdil-limits-3-months': 'limits',
  'calculon-13b-64xh100': 'datacentre-training',
};
