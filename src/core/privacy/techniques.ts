// The privacy techniques, one line each. Adding a technique: write its file (exporting one
// PrivacyTechniqueDefinition, see technique.ts) and add it here; see docs/architecture.md.
import { DIFFERENTIAL_PRIVACY_TECHNIQUE } from './differentialPrivacy';
import { FEDERATED_TECHNIQUE } from './federated';
import { FHE_TECHNIQUE } from './fhe';
import { MPC_TECHNIQUE } from './mpc';
import { NO_PRIVACY_TECHNIQUE } from './none';
import { TEE_TECHNIQUE } from './tee';

/** Every privacy technique, in the order controls list them ("none" first: the default). */
export const PRIVACY_TECHNIQUE_LIST = [
  NO_PRIVACY_TECHNIQUE,
  DIFFERENTIAL_PRIVACY_TECHNIQUE,
  FEDERATED_TECHNIQUE,
  TEE_TECHNIQUE,
  MPC_TECHNIQUE,
  FHE_TECHNIQUE,
] as const;
