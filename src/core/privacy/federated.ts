// Federated learning: each owner trains on its own data and sends only model updates; optional secure
// aggregation (Bonawitz et al. 2017) masks each update so the aggregator sees only the sum. The round
// reduction of FedAvg is the low-communication training strategy (training.innerStepCount); this module adds
// what federation itself costs: secure aggregation's upload expansion and its extra message rounds.
import { anyAdversarialProbability } from '../adversary/binomial';
import { coalitionBreachProbability } from '../adversary/coalition';
import type { EffectContext } from '../engine/types';
import { log2 } from '../math/index';
import { flagParam } from '../params/spec';
import type { Params } from '../params/table';
import { roundTripSeconds, transferSeconds } from './networkTime';
import { type PrivacyOutcome, privacyTerm } from './outcome';
import type { PrivacyTechniqueDefinition } from './technique';

/** Parameters of federated learning (group `federated`). */
export const FEDERATED_PARAMS = {
  secureAggregation: flagParam({
    label: 'Secure aggregation',
    default: true,
    description:
      'Mask each update so the aggregator learns only the sum (Bonawitz et al. 2017); costs 1.7-2x upload and extra message rounds.',
    source: 'Practical Secure Aggregation (Bonawitz et al. 2017, arXiv 1611.04482)',
  }),
} as const;

/** Bits of one public key in secure aggregation (a_K; 256-bit elliptic-curve keys). Bonawitz et al. 2017. */
export const SECURE_AGGREGATION_KEY_BITS = 256;
/** Bits of one secret share (a_S). Bonawitz et al. 2017. */
export const SECURE_AGGREGATION_SHARE_BITS = 256;
/**
 * Message rounds of the protocol beyond a plain upload: advertise keys, share keys, (masked upload), consistency
 * check and unmasking. Bonawitz et al. 2017 describe four rounds plus the upload; three add round trips.
 */
export const SECURE_AGGREGATION_EXTRA_ROUND_COUNT = 3;
/** Users that may collude with the aggregator before individual updates leak: one third (Bonawitz et al. 2017). */
export const SECURE_AGGREGATION_TOLERATED_COLLUDER_FRACTION = 1 / 3;

/** Bits of each value of the update a client sends (outer-sync precision, or the gradient precision). */
export function updateValueBits(params: Params): number {
  return params.training.strategy === 'low-communication'
    ? params.training.syncBitsPerValue
    : params.training.gradientBitsPerValue;
}

/**
 * Upload of secure aggregation over a plain upload, per user: [2n a_K + (5n - 4) a_S + m R] / (m b), where the
 * masked values need R = b + log2 n bits so the sum of n values cannot wrap (Bonawitz et al. 2017, per-user communication analysis).
 * Reproduces 1.73x for 2^10 users, 2^20 values of 16 bits and 1.98x for 2^14 users, 2^24 values.
 */
export function secureAggregationExpansionRatio(
  userCount: number,
  valueCount: number,
  valueBits: number,
): number {
  const users = Math.max(1, userCount);
  const maskedValueBits = valueBits + log2(users);
  const keyAndShareBits =
    2 * users * SECURE_AGGREGATION_KEY_BITS + Math.max(0, 5 * users - 4) * SECURE_AGGREGATION_SHARE_BITS;
  return (keyAndShareBits + valueCount * maskedValueBits) / (valueCount * valueBits);
}

/** Federated learning for one step: data stays with its owner; updates are exposed unless masked. */
export function federatedOutcome(context: EffectContext): PrivacyOutcome {
  const { params, workload } = context;
  const { maliciousFraction, colluding } = params.adversary;
  const userCount = params.network.nodeCount;
  if (!params.federated.secureAggregation) {
    return {
      terms: [],
      resourceMultiplierRatio: 1,
      trafficBytesPerNodePerStep: 0,
      // The aggregator sees each individual update, which gradient inversion can turn back into data.
      exposureProbabilityFraction: anyAdversarialProbability(1, maliciousFraction),
      membershipAdvantageBoundFraction: 1,
      accuracyLossFraction: 0,
      extraMetrics: { secureAggregationUploadExpansionRatio: 1 },
      labels: federatedLabels('an adversarial aggregator inverts an individual update'),
    };
  }
  const expansion = secureAggregationExpansionRatio(
    userCount,
    params.model.parameterCount,
    updateValueBits(params),
  );
  const extraBytes = (expansion - 1) * workload.trafficBytesPerNodePerStep;
  const colluderThreshold = Math.max(
    1,
    Math.ceil(SECURE_AGGREGATION_TOLERATED_COLLUDER_FRACTION * userCount),
  );
  // Individual updates leak only if the aggregator is adversarial and enough users collude with it.
  const exposure =
    maliciousFraction *
    coalitionBreachProbability({
      memberCount: Math.max(0, userCount - 1),
      thresholdCount: colluderThreshold,
      maliciousFraction,
      colluding,
    });
  return {
    terms: [
      privacyTerm('secure aggregation: masked upload', transferSeconds(params, extraBytes), 'fixed'),
      privacyTerm(
        'secure aggregation: key and unmasking rounds',
        roundTripSeconds(params, SECURE_AGGREGATION_EXTRA_ROUND_COUNT),
        'latency',
      ),
    ],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: extraBytes,
    exposureProbabilityFraction: exposure,
    membershipAdvantageBoundFraction: 1,
    accuracyLossFraction: 0,
    extraMetrics: { secureAggregationUploadExpansionRatio: expansion },
    labels: federatedLabels('the aggregator colludes with at least a third of the users'),
  };
}

function federatedLabels(exposedWhen: string): PrivacyOutcome['labels'] {
  return {
    dataHiddenFrom: 'every other participant (raw data never leaves its owner)',
    privacyTrustAssumption: 'the aggregator and clients follow the protocol',
    exposedWhen,
    privacyFailureMode: 'individual updates are inverted to reconstruct training data',
  };
}

/** Federated learning (optionally with secure aggregation). */
export const FEDERATED_TECHNIQUE = {
  id: 'federated',
  label: 'Federated learning',
  chartSymbol: 'square',
  paramGroup: { name: 'federated', label: 'Federated learning', params: FEDERATED_PARAMS },
  outcome: federatedOutcome,
} as const satisfies PrivacyTechniqueDefinition;
