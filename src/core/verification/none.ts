// No verification: whatever a node returns is accepted.
import type { EffectContext } from '../engine/types';
import type { VerificationOutcome } from './outcome';

/** No checking: nothing is caught, and a result is wrong whenever its node is adversarial. */
export function noVerificationOutcome(context: EffectContext): VerificationOutcome {
  return {
    terms: [],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: 0,
    detectionProbabilityFraction: 0,
    acceptedBadResultProbabilityFraction: context.params.adversary.maliciousFraction,
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: 0,
    extraMetrics: {},
    labels: {
      trustAssumption: 'the node itself',
      verificationCatches: 'nothing',
      verificationFailureMode: 'any wrong result is accepted',
    },
  };
}
