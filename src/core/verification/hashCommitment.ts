// Hash commitments in the TOPLOC style: while generating, a node commits to a compact hash of its top
// activations (258 bytes per 32 tokens); a checker re-runs a sample in one parallel prefill (prefillValidation.ts:
// compute-bound, while generating was memory-bound decoding) and compares. Catches model, prompt or precision
// substitution, not small perturbations.
import type { EffectContext } from '../engine/types';
import { numberParam } from '../params/spec';
import { stepComputeSeconds, type VerificationOutcome } from './outcome';
import { prefillValidationFraction } from './prefillValidation';

/** Parameters of hash commitments (group `commitment`). */
export const COMMITMENT_PARAMS = {
  checkedFraction: numberParam({
    label: 'Share of outputs checked',
    unit: 'fraction',
    default: 1,
    min: 0,
    max: 1,
    description: 'Share of committed outputs a checker validates by re-running their prefill.',
    source: 'TOPLOC (Prime Intellect 2025)',
  }),
} as const;

/** Commitment bytes per 32 generated tokens (TOPLOC; hash-commitment-toploc case). */
export const TOPLOC_COMMITMENT_BYTES_PER_32_TOKENS = 258;
/** Tokens per TOPLOC commitment chunk. */
export const TOPLOC_TOKENS_PER_COMMITMENT_COUNT = 32;

/** Hash commitments for one step: a little traffic, checking off the critical path. */
export function hashCommitmentOutcome(context: EffectContext): VerificationOutcome {
  const { params, workload } = context;
  const { checkedFraction } = params.commitment;
  const { maliciousFraction, colluding } = params.adversary;
  const tokensPerNode = workload.tokensPerStep / Math.max(1, params.network.nodeCount);
  const commitmentBytes =
    (tokensPerNode / TOPLOC_TOKENS_PER_COMMITMENT_COUNT) * TOPLOC_COMMITMENT_BYTES_PER_32_TOKENS;
  const honestChecker = colluding ? 1 - maliciousFraction : 1;
  const detection = checkedFraction * honestChecker;
  const validationFraction = prefillValidationFraction(context);
  // Checking a step's outputs costs this share of the step's own time (the step is one decoding step).
  const validationS = validationFraction * stepComputeSeconds(context);
  return {
    terms: [],
    resourceMultiplierRatio: 1 + checkedFraction * validationFraction,
    trafficBytesPerNodePerStep: commitmentBytes,
    detectionProbabilityFraction: detection,
    acceptedBadResultProbabilityFraction: maliciousFraction * (1 - detection),
    falseAlarmProbabilityFraction: 0,
    timeToFinalResultS: validationS,
    extraMetrics: {
      commitmentBytesPer32Tokens: TOPLOC_COMMITMENT_BYTES_PER_32_TOKENS,
      validationTimeFractionOfGeneration: validationFraction,
      validationSpeedupOverGenerationRatio: validationFraction > 0 ? 1 / validationFraction : 0,
    },
    labels: {
      trustAssumption: 'a checker that re-runs a sample honestly',
      verificationCatches: 'model, prompt or precision substitution',
      verificationFailureMode: 'small perturbations within the hash tolerance pass',
    },
  };
}
