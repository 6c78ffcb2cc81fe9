// Spot checks: an auditor re-executes a random share s of results. A single cheat is caught with probability
// s (times the chance the auditor is honest); m cheats with 1 - (1 - s)^m. Cheating is deterred when the
// expected penalty exceeds the gain (see outcome.ts, cheatingPaysFlag).
import type { EffectContext } from '../engine/types';
import { pow } from '../math/index';
import { numberParam } from '../params/spec';
import type { VerificationOutcome } from './outcome';

/** Parameters of spot checks (group `spotCheck`). */
export const SPOT_CHECK_PARAMS = {
  auditRateFraction: numberParam({
    label: 'Audit rate s',
    unit: 'fraction',
    default: 0.05,
    min: 0,
    max: 1,
    description: 'Share of results an auditor re-executes, chosen at random after submission.',
    source: 'docs/model/verification.md; assumption for the default',
  }),
  cheatAttemptCount: numberParam({
    label: 'Cheats attempted',
    unit: 'count',
    default: 10,
    min: 1,
    max: 1e6,
    scale: 'log',
    integer: true,
    description:
      'How many results a cheater falsifies before it stops; sets the chance it is caught at least once.',
    source: 'assumption',
  }),
} as const;

/** Probability one cheat is caught: audit rate times the chance the auditor is honest (colluding adversary). */
export function spotCheckDetectionProbability(
  auditRateFraction: number,
  maliciousFraction: number,
  colluding: boolean,
): number {
  const honestAuditor = colluding ? 1 - maliciousFraction : 1;
  return auditRateFraction * honestAuditor;
}

/** Spot checks for one step: audits run after submission, off the critical path. */
export function spotCheckOutcome(context: EffectContext): VerificationOutcome {
  const { auditRateFraction, cheatAttemptCount } = context.params.spotCheck;
  const { maliciousFraction, colluding } = context.params.adversary;
  const detection = spotCheckDetectionProbability(auditRateFraction, maliciousFraction, colluding);
  return {
    terms: [],
    resourceMultiplierRatio: 1 + auditRateFraction,
    trafficBytesPerNodePerStep: 0,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: maliciousFraction * (1 - detection),
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: 0,
    extraMetrics: {
      detectionOverRepeatedCheatsFraction: 1 - pow(1 - detection, cheatAttemptCount),
    },
    labels: {
      trustAssumption: 'an honest auditor',
      verificationCatches: 'cheats on the audited share of results, after the fact',
      verificationFailureMode: 'unaudited cheats are accepted; the stake must outweigh the gain',
    },
  };
}
