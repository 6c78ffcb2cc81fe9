// Parameters of federated learning (group `federated`): secure aggregation, its protocol and the cores that do
// its mask work.
import { choiceParam, flagParam, numberParam } from '../params/spec';
import { SECURE_AGGREGATION_PROTOCOLS } from './secureAggregation/serverWork';

/** Parameters of federated learning (group `federated`). */
export const FEDERATED_PARAMS = {
  secureAggregation: flagParam({
    label: 'Secure aggregation',
    default: true,
    description:
      'Mask each update so the aggregator learns only the sum (Bonawitz et al. 2017); costs 1.7-2x upload and extra message rounds.',
    source: 'Practical Secure Aggregation (Bonawitz et al. 2017, arXiv 1611.04482)',
  }),
  secureAggregationProtocol: choiceParam({
    label: 'Secure-aggregation protocol',
    options: SECURE_AGGREGATION_PROTOCOLS,
    default: 'secagg',
    description:
      "How dropped users are handled: SecAgg regenerates a dropped user's pairwise masks with every survivor; SecAgg+ masks only with k neighbours; LightSecAgg decodes one aggregate mask from coded sub-masks, whoever dropped. Dropouts are heterogeneity.dropProbabilityFraction of the users.",
    source:
      'Bonawitz et al. 2017 (arXiv 1611.04482); Bell et al. 2020 (SecAgg+, ePrint 2020/704); So et al. 2022 (LightSecAgg, arXiv 2109.14236)',
  }),
  secAggPlusNeighbourCount: numberParam({
    label: 'SecAgg+ neighbours per user',
    unit: 'count',
    default: 10,
    min: 1,
    max: 100000,
    integer: true,
    description:
      "Users each user masks with in SecAgg+ (k, capped at n - 1). Bell et al. show k of order log n suffices; set the deployment's value (Flower's SecAggPlusWorkflow calls it num_shares).",
    source: 'input (default an assumption); Bell et al. 2020, ePrint 2020/704',
  }),
  cryptoCoreClockGHz: numberParam({
    label: 'Clock of the cores doing mask work',
    unit: 'GHz',
    default: 2,
    min: 0.5,
    max: 6,
    scale: 'linear',
    description:
      'Clock of the CPU cores that expand PRG masks (AES in counter mode, 0.64 cycles per byte) and multiply-add in the prime field (8 per cycle) for secure aggregation, on the users and on the server. Sets the user masking and server unmasking times.',
    source:
      'assumption: a 2.0 GHz server base clock (Intel Xeon Platinum 8480C, 2.0 GHz base); rates: Drucker, Gueron and Krasnov 2018 (AES-GCM 0.64 cycles per byte); Dumas, Giorgi and Pernet 2008 (FFLAS-FFPACK)',
  }),
  serverCryptoCoreCount: numberParam({
    label: 'Server cores for unmasking',
    unit: 'count',
    default: 1,
    min: 1,
    max: 4096,
    integer: true,
    description:
      "Cores the aggregation server splits its unmasking work over (regenerating dropped users' masks, or decoding LightSecAgg's aggregate mask). Each user masks on one core.",
    source: 'input (default an assumption: a single-threaded aggregator)',
  }),
} as const;
