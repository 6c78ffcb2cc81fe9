// Redundant execution: k replicas compute the same step and their results are compared. A cheat passes only
// if every replica is adversarial and they agree. GPU runs are not bit-identical, so exact comparison needs
// deterministic kernels (slower) or honest replicas will disagree; a tolerance avoids that but lets small
// perturbations through.
import type { EffectContext } from '../engine/types';
import { pow } from '../math/index';
import { choiceParam, flagParam, numberParam } from '../params/spec';
import { stepComputeSeconds, type VerificationOutcome, verificationTerm } from './outcome';

/** Parameters of redundant execution (group `replication`). */
export const REPLICATION_PARAMS = {
  replicaCount: numberParam({
    label: 'Replicas k',
    unit: 'count',
    default: 3,
    min: 1,
    max: 100,
    integer: true,
    description: 'Nodes that each compute the same step; results are compared.',
    source: 'docs/model/verification.md',
  }),
  comparison: choiceParam({
    label: 'Result comparison',
    options: ['tolerance', 'exact'] as const,
    default: 'tolerance',
    description:
      'exact: bitwise equality (honest GPU runs differ unless kernels are deterministic); tolerance: results within a small distance agree (small perturbations pass).',
    source: 'gpu-nondeterminism case; TOPLOC (Prime Intellect 2025)',
  }),
  deterministicKernels: flagParam({
    label: 'Deterministic kernels',
    default: false,
    description:
      'Use batch-invariant, deterministic kernels so honest replicas agree bit for bit (about 1.6x slower).',
    source: 'He et al. 2025, "Defeating Nondeterminism in LLM Inference" (Thinking Machines Lab)',
  }),
} as const;

/**
 * Share of honest temperature-0 runs that differ from the most common output: 1,000 identical runs gave 80
 * distinct completions, so at least 79 differed from the mode (lower bound). gpu-nondeterminism case.
 */
export const HONEST_RUN_DIVERGENCE_FRACTION = 79 / 1000;
/**
 * Slowdown of deterministic (batch-invariant) inference: 42 s versus 26 s for the same vLLM job.
 * He et al. 2025 (Thinking Machines Lab).
 */
export const DETERMINISTIC_KERNEL_SLOWDOWN_FACTOR = 42 / 26;

/** Probability that at least one of k honest replicas disagrees with the first under exact comparison. */
export function honestDisagreementProbability(replicaCount: number): number {
  return 1 - pow(1 - HONEST_RUN_DIVERGENCE_FRACTION, Math.max(0, replicaCount - 1));
}

/**
 * Probability a cheating replica is caught. Colluding: caught unless the other k - 1 are adversarial too,
 * 1 - f^(k-1). Not colluding: independent cheats disagree, so any second replica catches it.
 * (1 - f^k, the form often quoted, is the chance a step has at least one honest replica, i.e. 1 - accepted-bad.)
 */
export function replicationDetectionProbability(
  replicaCount: number,
  maliciousFraction: number,
  colluding: boolean,
): number {
  if (replicaCount <= 1) return 0;
  return colluding ? 1 - pow(maliciousFraction, replicaCount - 1) : 1;
}

/** Redundant execution for one step. */
export function redundantExecutionOutcome(context: EffectContext): VerificationOutcome {
  const { replicaCount, comparison, deterministicKernels } = context.params.replication;
  const { maliciousFraction, colluding } = context.params.adversary;
  const detection = replicationDetectionProbability(replicaCount, maliciousFraction, colluding);
  const computeS = stepComputeSeconds(context);
  const falseAlarm =
    comparison === 'exact' && !deterministicKernels ? honestDisagreementProbability(replicaCount) : 0;
  const kernelFactor = deterministicKernels ? DETERMINISTIC_KERNEL_SLOWDOWN_FACTOR : 1;
  return {
    terms: [
      verificationTerm('deterministic kernels', (kernelFactor - 1) * computeS, 'compute'),
      // Honest disagreements force the step to be run again.
      verificationTerm(
        're-running after honest disagreement',
        falseAlarm * kernelFactor * computeS,
        'compute',
      ),
    ],
    resourceMultiplierRatio: replicaCount,
    trafficBytesPerNodePerStep: 0,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: maliciousFraction * (1 - detection),
    falseAlarmProbabilityFraction: falseAlarm,
    timeToFinalResultS: 0,
    extraMetrics: {},
    labels: {
      trustAssumption: 'at least one honest replica',
      verificationCatches:
        comparison === 'exact' ? 'any deviation' : 'deviations larger than the comparison tolerance',
      verificationFailureMode:
        comparison === 'exact'
          ? 'all replicas adversarial and agreeing'
          : 'all replicas adversarial, or a perturbation within the tolerance',
    },
  };
}
