// Federated learning: each owner trains on its own data and sends only model updates; optional secure
// aggregation (Bonawitz et al. 2017) masks each update so the aggregator sees only the sum. The round
// reduction of FedAvg is the low-communication training strategy (training.innerStepCount); this module adds
// what federation itself costs: secure aggregation's upload expansion and its extra message rounds.
import { anyAdversarialProbability } from '../adversary/binomial';
import { coalitionBreachProbability } from '../adversary/coalition';
import type { EffectContext } from '../engine/types';
import type { MetricDefinition } from '../metrics/types';
import type { Params } from '../params/table';
import { FEDERATED_PARAMS } from './federatedParams';
import { roundTripSeconds, transferSeconds } from './networkTime';
import { type PrivacyOutcome, privacyTerm } from './outcome';
import { maskTime } from './secureAggregation/maskTime';
import { uploadExpansionRatio } from './secureAggregation/upload';
import type { PrivacyTechniqueDefinition } from './technique';

export { FEDERATED_PARAMS } from './federatedParams';
export {
  SECURE_AGGREGATION_KEY_BITS,
  SECURE_AGGREGATION_SHARE_BITS,
  secureAggregationExpansionRatio,
} from './secureAggregation/upload';

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

const serverWorkMetric = (label: string, description: string, unit = 'count'): MetricDefinition => ({
  label,
  unit,
  description,
  better: 'lower',
  corner: 'privacy',
});

/** Metrics federated learning reports beyond the core ones. */
const FEDERATED_METRICS = {
  secureAggregationServerPrgValueCount: serverWorkMetric(
    'Secure-aggregation server PRG values',
    'Mask values the server regenerates from seeds to unmask one round (SecAgg, SecAgg+); grows with the users that drop.',
  ),
  secureAggregationServerDecodeMultiplyAddCount: serverWorkMetric(
    'Secure-aggregation server decoding work',
    'Field multiply-adds the server spends decoding the aggregate mask of one round (LightSecAgg).',
  ),
  secureAggregationUserMaskingTimeS: serverWorkMetric(
    'Secure-aggregation user masking time',
    "Seconds one user spends on one round's masks on one core: PRG expansion of its self and pairwise masks (SecAgg, SecAgg+), or generating and MDS-encoding its mask and summing the coded sub-masks it holds (LightSecAgg).",
    's',
  ),
  secureAggregationServerUnmaskingTimeS: serverWorkMetric(
    'Secure-aggregation server unmasking time',
    'Seconds the server spends unmasking one round on federated.serverCryptoCoreCount cores: regenerating masks with the PRG (SecAgg, SecAgg+) or decoding the aggregate mask (LightSecAgg).',
    's',
  ),
} as const;

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
      extraMetrics: {
        secureAggregationUploadExpansionRatio: 1,
        secureAggregationServerPrgValueCount: 0,
        secureAggregationServerDecodeMultiplyAddCount: 0,
        secureAggregationUserMaskingTimeS: 0,
        secureAggregationServerUnmaskingTimeS: 0,
      },
      labels: federatedLabels('an adversarial aggregator inverts an individual update'),
    };
  }
  const colluderThreshold = Math.max(
    1,
    Math.ceil(SECURE_AGGREGATION_TOLERATED_COLLUDER_FRACTION * userCount),
  );
  const protocol = params.federated.secureAggregationProtocol;
  const droppedUserCount = params.heterogeneity.dropProbabilityFraction * userCount;
  const survivorCount = userCount - droppedUserCount;
  const valueCount = params.model.parameterCount;
  const neighbourCount = params.federated.secAggPlusNeighbourCount;
  const valueBits = updateValueBits(params);
  // LightSecAgg keeps masks private against the same colluders, as far as the survivors allow (T < U).
  const privacyThresholdCount = Math.min(colluderThreshold, Math.ceil(survivorCount) - 1);
  const expansion = uploadExpansionRatio(protocol, {
    userCount,
    valueCount,
    valueBits,
    neighbourCount,
    survivorCount,
    privacyThresholdCount,
  });
  const work = maskTime({
    protocol,
    userCount,
    droppedUserCount,
    valueCount,
    valueBits,
    neighbourCount,
    privacyThresholdCount,
    clockGHz: params.federated.cryptoCoreClockGHz,
    serverCoreCount: params.federated.serverCryptoCoreCount,
  });
  const extraBytes = (expansion - 1) * workload.trafficBytesPerNodePerStep;
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
      privacyTerm('secure aggregation: user masking (CPU)', work.userMaskingS, 'fixed'),
      privacyTerm('secure aggregation: server unmasking (CPU)', work.serverUnmaskingS, 'fixed'),
    ],
    resourceMultiplierRatio: 1,
    trafficBytesPerNodePerStep: extraBytes,
    exposureProbabilityFraction: exposure,
    membershipAdvantageBoundFraction: 1,
    accuracyLossFraction: 0,
    extraMetrics: {
      secureAggregationUploadExpansionRatio: expansion,
      secureAggregationServerPrgValueCount: work.serverPrgValueCount,
      secureAggregationServerDecodeMultiplyAddCount: work.serverDecodeMultiplyAddCount,
      secureAggregationUserMaskingTimeS: work.userMaskingS,
      secureAggregationServerUnmaskingTimeS: work.serverUnmaskingS,
    },
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
  metrics: FEDERATED_METRICS,
  outcome: federatedOutcome,
} as const satisfies PrivacyTechniqueDefinition;
