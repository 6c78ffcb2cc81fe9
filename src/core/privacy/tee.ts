// Trusted execution (a GPU or CPU confidential-computing mode): the data is decrypted only inside the GPU package, hidden
// from the node's operator. Exposed only if the enclave is broken and an operator who sees the data is hostile.
import type { EffectContext } from '../engine/types';
import { plainExposureProbability } from './dataExposure';
import type { PrivacyOutcome } from './outcome';
import type { PrivacyTechniqueDefinition } from './technique';
import { teeOverhead } from './teeOverhead';
import { TEE_PARAMS } from './teeParams';

/** TEE for one step: CC-mode I/O and link encryption; exposure = P(broken) x P(an operator seeing it is hostile). */
export function teeOutcome(context: EffectContext): PrivacyOutcome {
  const overhead = teeOverhead(context, 'privacy');
  const breach = context.params.tee.breachProbabilityFraction;
  return {
    terms: overhead.terms,
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: 0,
    exposureProbabilityFraction: breach * plainExposureProbability(context),
    membershipAdvantageBoundFraction: 1,
    accuracyLossFraction: 0,
    extraMetrics: {
      teeEncryptedBytesPerNodePerStep: overhead.encryptedBytesPerNodePerStep,
      teeModelLoadSlowdownRatio: overhead.modelLoadSlowdownRatio,
      teeHostToDeviceRateRatio: overhead.hostToDeviceRateRatio,
      teeSecondsPerCrossing: overhead.secondsPerCrossing,
      teeModelSwapThroughputRatio: overhead.modelSwapThroughputRatio,
    },
    labels: {
      dataHiddenFrom: 'node operators (and their host software)',
      privacyTrustAssumption: 'the hardware vendor and the enclave implementation',
      exposedWhen: 'the vendor or a side channel breaks the enclave and a hostile operator holds the data',
      privacyFailureMode: 'silent: a broken enclave looks like a working one',
    },
  };
}

/** Trusted execution (CPU and GPU confidential computing). */
export const TEE_TECHNIQUE = {
  id: 'tee',
  label: 'Trusted execution (TEE)',
  chartSymbol: 'diamond',
  paramGroup: { name: 'tee', label: 'Trusted execution (TEE)', params: TEE_PARAMS },
  outcome: teeOutcome,
} as const satisfies PrivacyTechniqueDefinition;
