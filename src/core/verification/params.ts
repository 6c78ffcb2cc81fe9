// The verification group of the parameter table (which technique checks results, and the stake and gain that
// decide whether cheating pays), and the technique groups declared beside each technique, collected here.
import { choiceParam, numberParam } from '../params/spec';
import { COMMITMENT_PARAMS } from './hashCommitment';
import { FRAUD_PROOF_PARAMS } from './optimistic';
import { REPLICATION_PARAMS } from './redundantExecution';
import { SPOT_CHECK_PARAMS } from './spotCheck';
import { ZK_PARAMS } from './zeroKnowledge';

/** The verification techniques, one module each (see registry.ts). */
export const VERIFICATION_TECHNIQUES = [
  'none',
  'redundant-execution',
  'spot-check',
  'optimistic',
  'tee-attestation',
  'zero-knowledge',
  'hash-commitment',
] as const;

/** Id of a verification technique. */
export type VerificationTechnique = (typeof VERIFICATION_TECHNIQUES)[number];

/** Which verification technique the job uses, and the economics of cheating. */
export const VERIFICATION_PARAMS = {
  technique: choiceParam({
    label: 'Verification technique',
    options: VERIFICATION_TECHNIQUES,
    default: 'none',
    description:
      'How the network checks that nodes computed what they claim: replicas, spot checks, fraud proofs, TEE attestation, zero-knowledge proofs or TOPLOC-style hash commitments.',
    source: 'docs/model/verification.md',
  }),
  slashingPenaltyUsd: numberParam({
    label: 'Stake lost when caught',
    unit: 'USD',
    default: 100,
    min: 0,
    max: 1e9,
    description: 'What a node forfeits when a cheat is caught (slashed stake, lost reward).',
    source: 'assumption',
  }),
  cheatExtraGainUsd: numberParam({
    label: 'Outside gain per cheat',
    unit: 'USD',
    default: 0,
    min: 0,
    max: 1e9,
    description:
      'What a cheat is worth beyond the compute it saves (for example a bribe to bias a result); per falsified step.',
    source: 'assumption',
  }),
} as const;

/** Technique-specific groups, keyed by group name, spread into PARAMETER_TABLE. */
export const VERIFICATION_TECHNIQUE_PARAMS = {
  replication: REPLICATION_PARAMS,
  spotCheck: SPOT_CHECK_PARAMS,
  fraudProof: FRAUD_PROOF_PARAMS,
  zk: ZK_PARAMS,
  commitment: COMMITMENT_PARAMS,
} as const;
