// TEE attestation: the GPU signs a report that the expected code ran inside the enclave. A cheat is caught
// unless the enclave is broken. Costs confidential-computing mode, unless the privacy technique already pays it.
import type { EffectContext } from '../engine/types';
import { teeOverhead } from '../privacy/teeOverhead';
import type { VerificationOutcome } from './outcome';

/** TEE attestation for one step. */
export function teeAttestationOutcome(context: EffectContext): VerificationOutcome {
  const breach = context.params.tee.breachProbabilityFraction;
  // The same enclave serves privacy and attestation; pay CC mode once.
  const terms = context.params.privacy.technique === 'tee' ? [] : teeOverhead(context, 'verification').terms;
  const detection = 1 - breach;
  return {
    terms,
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: 0,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: context.params.adversary.maliciousFraction * breach,
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: 0,
    extraMetrics: {},
    labels: {
      trustAssumption: 'the hardware vendor',
      verificationCatches: 'any code or model other than the attested one',
      verificationFailureMode: 'a broken enclave signs whatever the operator runs',
    },
  };
}
