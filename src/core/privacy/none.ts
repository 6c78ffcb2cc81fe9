// No privacy technique: every node that touches a record sees it.
import type { EffectContext } from '../engine/types';
import { plainExposureProbability } from './dataExposure';
import type { PrivacyOutcome } from './outcome';
import type { PrivacyTechniqueDefinition } from './technique';

/** No protection: no cost, and the data is exposed whenever a node that sees it is adversarial. */
export function noPrivacyOutcome(context: EffectContext): PrivacyOutcome {
  return {
    terms: [],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: 0,
    exposureProbabilityFraction: plainExposureProbability(context),
    membershipAdvantageBoundFraction: 1,
    accuracyLossFraction: 0,
    extraMetrics: {},
    labels: {
      dataHiddenFrom: 'nobody',
      privacyTrustAssumption: 'every node that processes the data',
      exposedWhen: 'always, to every node that touches the data',
      privacyFailureMode: 'any adversarial node reads the data',
    },
  };
}

/** No privacy technique. */
export const NO_PRIVACY_TECHNIQUE = {
  id: 'none',
  label: 'No privacy technique',
  chartSymbol: 'circle',
  outcome: noPrivacyOutcome,
} as const satisfies PrivacyTechniqueDefinition;
