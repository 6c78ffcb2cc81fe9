// Secure multi-party computation: p parties each hold shares of the data and compute on shares; any coalition
// of fewer than t parties learns nothing. Secure cost of one unit (request or training step) =
// plain compute x protocol factor + rounds x round trip + traffic per party / bandwidth. It replaces the plain
// compute of the unit; the privacy terms are the excess, spread over the unit's steps.
import { coalitionBreachProbability } from '../adversary/coalition';
import type { EffectContext } from '../engine/types';
import { log2 } from '../math/index';
import { choiceParam, numberParam } from '../params/spec';
import type { Params } from '../params/table';
import { MPC_PROTOCOL_IDS, MPC_PROTOCOLS, type MpcProtocol } from './mpcProtocols';
import { roundTripSeconds, transferSeconds } from './networkTime';
import { type PrivacyOutcome, privacyTerm } from './outcome';
import {
  nodeEffectiveFlopPerS,
  plainUnitComputeSeconds,
  type SecureWork,
  secureWork,
  unitLinearFlop,
  unitNonlinearElementCount,
} from './securePass';

/** Parameters of MPC (group `mpc`). */
export const MPC_PARAMS = {
  protocol: choiceParam({
    label: 'MPC protocol',
    options: MPC_PROTOCOL_IDS,
    default: 'puma-3pc',
    description: 'Protocol preset: traffic per non-linear element, rounds per layer and compute overhead.',
    source: 'PUMA (arXiv 2307.12533); NEXUS (NDSS 2025) comparison figures; see mpcProtocols.ts',
  }),
  partyCount: numberParam({
    label: 'Parties',
    unit: 'count',
    default: 3,
    min: 2,
    max: 100,
    integer: true,
    description: 'Nodes that hold shares and compute together; each computes on shares of all the data.',
    source: 'PUMA: 3 parties',
  }),
  collusionThresholdCount: numberParam({
    label: 'Colluding parties that break it (t)',
    unit: 'count',
    default: 2,
    min: 1,
    max: 100,
    integer: true,
    description:
      'Smallest coalition of parties that can reconstruct the data (2 of 3 for replicated sharing).',
    source: 'PUMA threat model: semi-honest, at most one corrupted party of three',
  }),
} as const;

/** Communication rounds of one unit: per sequential pass, layers x (base + per-doubling x log2 context). */
export function unitRoundCount(work: SecureWork, model: Params['model'], protocol: MpcProtocol): number {
  return work.groups.reduce((sum, group) => {
    const perLayer =
      protocol.roundsPerLayerBaseCount +
      protocol.roundsPerContextDoublingCount * log2(Math.max(1, group.contextTokenCount));
    return sum + work.passFactorRatio * group.sequentialPassCount * model.layerCount * perLayer;
  }, 0);
}

/** The secure cost of one unit, split into its three parts. */
export interface MpcUnitCost {
  computeS: number;
  roundsS: number;
  trafficS: number;
  roundCount: number;
  totalTrafficBytes: number;
  nonlinearElementCount: number;
}

/** Secure cost of one unit of the configured job under the configured protocol and network. */
export function mpcUnitCost(params: Params, work: SecureWork): MpcUnitCost {
  const protocol = MPC_PROTOCOLS[params.mpc.protocol];
  const parties = params.mpc.partyCount;
  const nonlinearElementCount = unitNonlinearElementCount(work, params.model);
  const totalTrafficBytes =
    nonlinearElementCount * protocol.bytesPerNonlinearElement * (parties / protocol.referencePartyCount);
  const roundCount = unitRoundCount(work, params.model, protocol);
  return {
    computeS:
      (unitLinearFlop(work, params.model) * protocol.computeFactorRatio) / nodeEffectiveFlopPerS(params),
    roundsS: roundTripSeconds(params, roundCount),
    trafficS: transferSeconds(params, totalTrafficBytes / parties),
    roundCount,
    totalTrafficBytes,
    nonlinearElementCount,
  };
}

/** MPC for one step: the unit's secure cost minus its plain compute, spread over the unit's steps. */
export function mpcOutcome(context: EffectContext): PrivacyOutcome {
  const { params } = context;
  const work = secureWork(params);
  const cost = mpcUnitCost(params, work);
  const steps = work.stepsPerUnitCount;
  const secureS = cost.computeS + cost.roundsS + cost.trafficS;
  const plainS = plainUnitComputeSeconds(work, context);
  const { partyCount, collusionThresholdCount } = params.mpc;
  return {
    terms: [
      privacyTerm('MPC: computing on shares', (cost.computeS - plainS) / steps, 'compute'),
      privacyTerm('MPC: communication rounds', cost.roundsS / steps, 'latency'),
      privacyTerm('MPC: share traffic', cost.trafficS / steps, 'fixed'),
    ],
    resourceMultiplierRatio: partyCount,
    trafficBytesPerNodePerStep: cost.totalTrafficBytes / partyCount / steps,
    exposureProbabilityFraction: coalitionBreachProbability({
      memberCount: partyCount,
      thresholdCount: collusionThresholdCount,
      maliciousFraction: params.adversary.maliciousFraction,
      colluding: params.adversary.colluding,
    }),
    membershipAdvantageBoundFraction: 1,
    accuracyLossFraction: 0,
    extraMetrics: {
      securePassTimeS: secureS,
      securePassTrafficBytes: cost.totalTrafficBytes,
      mpcRoundCount: cost.roundCount,
      mpcNonlinearElementCount: cost.nonlinearElementCount,
      mpcRoundTripShareFraction: secureS > 0 ? cost.roundsS / secureS : 0,
    },
    labels: {
      dataHiddenFrom: `every coalition of fewer than ${collusionThresholdCount} of the ${partyCount} parties`,
      privacyTrustAssumption: `fewer than ${collusionThresholdCount} parties collude`,
      exposedWhen: `${collusionThresholdCount} or more parties collude`,
      privacyFailureMode: 'colluding parties pool their shares and reconstruct the data',
    },
  };
}
