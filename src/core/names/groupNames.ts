// Display names of the parameter groups, keyed by the parameter table (a new group does not compile without
// its name here).
import type { GroupName } from '../params/table';
import { PRIVACY_GROUP_LABELS } from '../privacy/params';

/** The title of each parameter group, as controls and messages show it. */
export const GROUP_NAMES = {
  workload: 'Job',
  model: 'Model',
  training: 'Training',
  inference: 'Inference',
  hardware: 'Hardware',
  precision: 'Number formats',
  network: 'Network',
  heterogeneity: 'Node differences and churn',
  topology: 'Regions',
  group2: 'Node group 2',
  group3: 'Node group 3',
  group4: 'Node group 4',
  group5: 'Node group 5',
  group6: 'Node group 6',
  group7: 'Node group 7',
  group8: 'Node group 8',
  privacy: 'Privacy',
  ...PRIVACY_GROUP_LABELS,
  workShape: 'Shape of the work (secure cost models)',
  verification: 'Verification',
  replication: 'Redundant execution',
  spotCheck: 'Spot checks',
  fraudProof: 'Fraud proofs',
  zk: 'Zero-knowledge proofs',
  commitment: 'Hash commitments',
  ledger: 'Ledger',
  adversary: 'Adversary',
  trilemma: 'Decentralization and security',
  limits: 'Scaling limits',
} as const satisfies Record<GroupName, string>;

/** The display name of a group, or the id for a name the table does not know. */
export function groupName(group: string): string {
  return (GROUP_NAMES as Record<string, string>)[group] ?? group;
}
