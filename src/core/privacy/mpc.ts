// Secure multi-party computation: p parties each hold shares of the data and compute on shares; any coalition
// of fewer than t parties learns nothing. Secure cost of one unit (request or training step), summed over
// operation kinds: linear layers (compute on the protocol's measured hardware, share traffic), and each
// non-linear kind (bytes, compute and rounds per element); time = compute + rounds x round trip + traffic per
// party / bandwidth. It replaces the plain compute of the unit; the privacy terms are the excess.
import { coalitionBreachProbability } from '../adversary/coalition';
import type { EffectContext } from '../engine/types';
import { log2 } from '../math/index';
import { choiceParam, numberParam } from '../params/spec';
import type { Params } from '../params/table';
import { isPerInputWork } from './layerListOperations';
import { MPC_PROTOCOL_IDS, MPC_PROTOCOLS, type MpcProtocolId } from './mpc/protocols';
import type { MpcProtocol } from './mpc/types';
import { roundTripSeconds, transferSeconds } from './networkTime';
import {
  NONLINEAR_KINDS,
  type NonlinearKind,
  totalNonlinearCount,
  transformerCountShape,
} from './operationCounts';
import { type PrivacyOutcome, privacyTerm } from './outcome';
import { plainUnitComputeSeconds, type SecureWork, secureWork, unitOperations } from './securePass';
import type { PrivacyTechniqueDefinition } from './technique';

/** Parameters of MPC (group `mpc`). */
export const MPC_PARAMS = {
  protocol: choiceParam({
    label: 'MPC protocol',
    options: MPC_PROTOCOL_IDS,
    default: 'puma-3pc',
    description:
      'Protocol preset: the hardware it was measured on, share traffic and compute of linear layers, and bytes, rounds and compute per element of each non-linear kind.',
    source: 'PUMA, Ditto, BumbleBee, Nimbus, CrypTen, MPCFormer, SIGMA; see src/core/privacy/mpc/',
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
  baselineProtocol: choiceParam({
    label: 'Compare against protocol',
    options: ['none', ...MPC_PROTOCOL_IDS],
    default: 'none',
    description:
      'A second protocol run on the same job and network; reports how many times faster the chosen protocol is (mpcSpeedupOverBaselineRatio) and how many times less traffic it sends.',
    source: 'the same presets (src/core/privacy/mpc/)',
  }),
  computeSpeedupRatio: numberParam({
    label: 'Party compute over the protocol’s measured hardware',
    unit: 'ratio',
    default: 1,
    min: 0.001,
    max: 1000,
    scale: 'log',
    description:
      'How much faster each party computes than the machine the protocol was measured on (1 = the same machine). Secure compute is not taken from the node’s GPU peak: the protocols are measured on their own hardware.',
    source: 'assumption: 1 (each preset names its measured hardware)',
  }),
} as const;

/** Kinds present in a layer of this work (a kind with no elements adds no rounds). */
function presentKinds(work: SecureWork): NonlinearKind[] {
  const counts = unitOperations(work).nonlinear;
  return NONLINEAR_KINDS.filter((kind) => counts[kind] > 0 && kind !== 'vocabularyOutput');
}

/** Communication rounds of one unit: per sequential pass, layers x per-layer rounds, plus the output layer. */
export function unitRoundCount(work: SecureWork, params: Params, protocol: MpcProtocol): number {
  const kinds = presentKinds(work);
  const kindRounds = kinds.reduce((sum, kind) => sum + protocol.nonlinear[kind].roundsPerLayer, 0);
  const vocabulary = isPerInputWork(params) ? 0 : transformerCountShape(params).vocabularySizeCount;
  return work.groups.reduce((sum, group) => {
    const softmaxTree = kinds.includes('softmax')
      ? protocol.softmaxRoundsPerContextDoubling * log2(Math.max(1, group.contextTokenCount))
      : 0;
    const perLayer = protocol.linearRoundsPerLayer + kindRounds + softmaxTree;
    const output =
      vocabulary > 0
        ? protocol.nonlinear.vocabularyOutput.roundsPerLayer +
          protocol.softmaxRoundsPerContextDoubling * log2(vocabulary)
        : 0;
    return sum + group.sequentialPassCount * (params.model.layerCount * perLayer + output);
  }, 0);
}

/** Rows of each kind (softmax rows, normalised vectors, vocabulary rows) that pay the per-row bytes. */
function rowLength(kind: NonlinearKind, params: Params, contextTokenCount: number): number {
  if (kind === 'softmax') return Math.max(1, contextTokenCount);
  if (kind === 'normalization') return params.model.hiddenSize;
  if (kind === 'vocabularyOutput') return Math.max(1, transformerCountShape(params).vocabularySizeCount);
  return Number.POSITIVE_INFINITY;
}

/** The secure cost of one unit, split into its parts. */
export interface MpcUnitCost {
  computeS: number;
  roundsS: number;
  trafficS: number;
  roundCount: number;
  totalTrafficBytes: number;
  nonlinearElementCount: number;
}

/** Secure cost of one unit of the configured job under the configured protocol and network. */
export function mpcUnitCost(
  params: Params,
  work: SecureWork,
  protocolId: MpcProtocolId = params.mpc.protocol,
): MpcUnitCost {
  const protocol = MPC_PROTOCOLS[protocolId];
  const parties = params.mpc.partyCount;
  const partyScale = parties / protocol.referencePartyCount;
  const speed = params.mpc.computeSpeedupRatio;
  let bytes = 0;
  let computeS = 0;
  for (const group of work.groups) {
    const ops = group.operations;
    const passes = group.sequentialPassCount;
    bytes += ops.linearOutputElementCount * protocol.linearBytesPerOutputElement;
    bytes += passes * params.model.parameterCount * protocol.linearBytesPerWeightPerPass;
    computeS +=
      ((ops.matmulFlop + ops.attentionFlop) * protocol.linearComputeFactorRatio) /
      (protocol.hardware.effectiveFlopPerS * speed);
    for (const kind of NONLINEAR_KINDS) {
      const cost = protocol.nonlinear[kind];
      const elements = ops.nonlinear[kind];
      bytes +=
        elements *
        (cost.bytesPerElement + cost.bytesPerRow / rowLength(kind, params, group.contextTokenCount));
      computeS += (elements * cost.computeSPerElement) / speed;
    }
  }
  const totalTrafficBytes = bytes * partyScale;
  const roundCount = unitRoundCount(work, params, protocol);
  return {
    computeS,
    roundsS: roundTripSeconds(params, roundCount),
    trafficS: transferSeconds(params, totalTrafficBytes / parties) / protocol.transportEfficiencyFraction,
    roundCount,
    totalTrafficBytes,
    nonlinearElementCount: totalNonlinearCount(unitOperations(work).nonlinear),
  };
}

/** Seconds of a unit's secure cost. */
const secureSeconds = (cost: MpcUnitCost): number => cost.computeS + cost.roundsS + cost.trafficS;

/** Speed and traffic of the chosen protocol relative to the baseline protocol, when one is chosen. */
function baselineMetrics(params: Params, work: SecureWork, cost: MpcUnitCost): Record<string, number> {
  const baseline = params.mpc.baselineProtocol;
  if (baseline === 'none') return {};
  const reference = mpcUnitCost(params, work, baseline);
  return {
    mpcSpeedupOverBaselineRatio: secureSeconds(reference) / secureSeconds(cost),
    mpcTrafficReductionOverBaselineRatio: reference.totalTrafficBytes / cost.totalTrafficBytes,
  };
}

/** MPC for one step: the unit's secure cost minus its plain compute, spread over the unit's steps. */
export function mpcOutcome(context: EffectContext): PrivacyOutcome {
  const { params } = context;
  const work = secureWork(params);
  const cost = mpcUnitCost(params, work);
  const steps = work.stepsPerUnitCount;
  const secureS = secureSeconds(cost);
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
      mpcComputeS: cost.computeS,
      ...baselineMetrics(params, work, cost),
    },
    labels: {
      dataHiddenFrom: `every coalition of fewer than ${collusionThresholdCount} of the ${partyCount} parties`,
      privacyTrustAssumption: `fewer than ${collusionThresholdCount} parties collude`,
      exposedWhen: `${collusionThresholdCount} or more parties collude`,
      privacyFailureMode: 'colluding parties pool their shares and reconstruct the data',
    },
  };
}

/** Secure multi-party computation. */
export const MPC_TECHNIQUE = {
  id: 'mpc',
  label: 'Multi-party computation (MPC)',
  chartSymbol: 'star',
  paramGroup: { name: 'mpc', label: 'Multi-party computation (MPC)', params: MPC_PARAMS },
  outcome: mpcOutcome,
} as const satisfies PrivacyTechniqueDefinition;
