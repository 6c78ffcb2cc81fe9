// The privacy group of the parameter table (which technique protects the data, and whether DP-SGD is layered
// on top), and the technique groups declared beside each technique, collected here for table.ts.
import { choiceParam, flagParam } from '../params/spec';
import { DP_PARAMS } from './differentialPrivacy';
import { FEDERATED_PARAMS } from './federated';
import { FHE_PARAMS } from './fhe';
import { MPC_PARAMS } from './mpc';
import { TEE_PARAMS } from './teeOverhead';
import { WORK_SHAPE_PARAMS } from './workShapeParams';

/** The privacy techniques, one module each (see registry.ts). */
export const PRIVACY_TECHNIQUES = ['none', 'differential-privacy', 'federated', 'tee', 'mpc', 'fhe'] as const;

/** Id of a privacy technique. */
export type PrivacyTechnique = (typeof PRIVACY_TECHNIQUES)[number];

/** Which privacy technique the job uses, and what is layered on it. */
export const PRIVACY_PARAMS = {
  technique: choiceParam({
    label: 'Privacy technique',
    options: PRIVACY_TECHNIQUES,
    default: 'none',
    description:
      'How the data is protected: differential privacy (DP-SGD), federated learning, trusted execution (TEE), multi-party computation (MPC) or homomorphic encryption (FHE).',
    source: 'docs/model/privacy.md',
  }),
  addDifferentialPrivacy: flagParam({
    label: 'Add DP-SGD on top',
    default: false,
    description:
      'Layer DP-SGD (group dp) on the chosen technique: costs multiply, guarantees add (for example federated + DP). Training only.',
    source: 'docs/model/privacy.md; DP-FedAvg (McMahan et al. 2018, arXiv 1710.06963)',
  }),
} as const;

/** Technique-specific groups, keyed by group name, spread into PARAMETER_TABLE. */
export const PRIVACY_TECHNIQUE_PARAMS = {
  dp: DP_PARAMS,
  federated: FEDERATED_PARAMS,
  tee: TEE_PARAMS,
  mpc: MPC_PARAMS,
  fhe: FHE_PARAMS,
  workShape: WORK_SHAPE_PARAMS,
} as const;
