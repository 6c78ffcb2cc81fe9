// Registry of verification techniques: one module per technique, selected by params.verification.technique.
import type { EffectContext, TechniqueEffect } from '../engine/types';
import { hashCommitmentOutcome } from './hashCommitment';
import { noVerificationOutcome } from './none';
import { optimisticOutcome } from './optimistic';
import { type VerificationOutcome, verificationEffectFromOutcome } from './outcome';
import type { VerificationTechnique } from './params';
import { redundantExecutionOutcome } from './redundantExecution';
import { spotCheckOutcome } from './spotCheck';
import { teeAttestationOutcome } from './teeAttestation';
import { zeroKnowledgeOutcome } from './zeroKnowledge';

/** Each technique's outcome function, by id. */
const VERIFICATION_TECHNIQUE_MODULES: Record<
  VerificationTechnique,
  (context: EffectContext) => VerificationOutcome
> = {
  none: noVerificationOutcome,
  'redundant-execution': redundantExecutionOutcome,
  'spot-check': spotCheckOutcome,
  optimistic: optimisticOutcome,
  'tee-attestation': teeAttestationOutcome,
  'zero-knowledge': zeroKnowledgeOutcome,
  'hash-commitment': hashCommitmentOutcome,
};

/** The configured verification technique's outcome for one step. */
export function verificationOutcome(context: EffectContext): VerificationOutcome {
  return VERIFICATION_TECHNIQUE_MODULES[context.params.verification.technique](context);
}

/** A verification technique's cost, detection probability and trust assumption for one step. */
export function verificationEffect(context: EffectContext): TechniqueEffect {
  return verificationEffectFromOutcome(verificationOutcome(context), context);
}
