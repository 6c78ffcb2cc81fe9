// Optimistic verification with fraud proofs: results are accepted at once but become final only after a
// challenge window, during which watchers may re-execute and challenge. Caught with 1 - (1 - w)^watchers,
// where a colluding adversary's watchers stay silent.
import type { EffectContext } from '../engine/types';
import { pow } from '../math/index';
import { numberParam } from '../params/spec';
import type { VerificationOutcome } from './outcome';

/** Parameters of optimistic fraud proofs (group `fraudProof`). */
export const FRAUD_PROOF_PARAMS = {
  challengeWindowS: numberParam({
    label: 'Challenge window',
    unit: 's',
    default: 604800,
    min: 0,
    max: 3e7,
    description: 'Time during which anyone may challenge a result; it is final only after the window closes.',
    source:
      'Optimistic rollups use about 7 days (OP Stack fault-proof docs; Arbitrum docs, challenge period)',
  }),
  watcherCount: numberParam({
    label: 'Watchers',
    unit: 'count',
    default: 2,
    min: 0,
    max: 1000,
    integer: true,
    description: 'Independent parties that may re-execute results and raise a fraud proof.',
    source: 'assumption',
  }),
  watcherCheckFraction: numberParam({
    label: 'Share each watcher re-executes',
    unit: 'fraction',
    default: 0.25,
    min: 0,
    max: 1,
    description: 'Chance that a given watcher re-executes a given result.',
    source: 'assumption',
  }),
} as const;

/** Probability a fraudulent result is challenged: 1 - (1 - w x P(watcher honest))^watchers. */
export function fraudProofDetectionProbability(
  watcherCount: number,
  watcherCheckFraction: number,
  maliciousFraction: number,
  colluding: boolean,
): number {
  const honestWatcher = colluding ? 1 - maliciousFraction : 1;
  return 1 - pow(1 - watcherCheckFraction * honestWatcher, watcherCount);
}

/** Optimistic verification for one step: no delay to the step, a window before the result is final. */
export function optimisticOutcome(context: EffectContext): VerificationOutcome {
  const { challengeWindowS, watcherCount, watcherCheckFraction } = context.params.fraudProof;
  const { maliciousFraction, colluding } = context.params.adversary;
  const detection = fraudProofDetectionProbability(
    watcherCount,
    watcherCheckFraction,
    maliciousFraction,
    colluding,
  );
  return {
    terms: [],
    resourceMultiplierRatio: 1 + watcherCount * watcherCheckFraction,
    trafficBytesPerNodePerStep: 0,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: maliciousFraction * (1 - detection),
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: challengeWindowS,
    extraMetrics: { challengeWindowS },
    labels: {
      trustAssumption: 'at least one honest watcher who checks',
      verificationCatches: 'wrong results that a watcher re-executes within the window',
      verificationFailureMode: 'no honest watcher checks before the window closes',
    },
  };
}
