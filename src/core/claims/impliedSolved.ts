// Implied quantities found with the solver: the per-node bandwidth (both directions) a network-bound claim
// needs, and the round trip an MPC latency claim needs. Each is re-checkable by re-running the model at it.
import { findParam, type KnownParamPath, type Params, setParams } from '../params/table';
import { NETWORK_PRESETS } from '../presets/network';
import { formatNumber } from '../scenario/formatNumber';
import { metricValue } from './metricValue';
import { usesNetwork } from './plausibleRanges';
import { solveForFlip } from './solver';
import type { ClaimedValue, ImpliedQuantity } from './types';
import { meetsClaimedSide } from './verdict';

/** A one-parameter knob the solver turns: how to set it and where it may go. */
export interface ImpliedKnob {
  id: string;
  label: string;
  unit: string;
  /** The value in the configured model. */
  modelValue: number;
  low: number;
  high: number;
  apply: (params: Params, value: number) => Params;
  referenceLow: number;
  referenceHigh: number;
  referenceLabel: string;
}

const numberRange = (path: KnownParamPath) => {
  const spec = findParam(path)?.spec;
  return spec?.kind === 'number' ? { low: spec.min, high: spec.max } : { low: 0, high: 0 };
};

/** Both directions of every node's link set to the same bandwidth. */
export function symmetricBandwidthKnob(params: Params): ImpliedKnob {
  return {
    id: 'symmetric-bandwidth',
    label: 'Per-node bandwidth, each way',
    unit: 'Mbit/s',
    modelValue: Math.min(params.network.uploadMbps, params.network.downloadMbps),
    ...numberRange('network.uploadMbps'),
    apply: (base, value) => setParams(base, { 'network.uploadMbps': value, 'network.downloadMbps': value }),
    referenceLow: NETWORK_PRESETS['home-broadband'].values.uploadMbps,
    referenceHigh: NETWORK_PRESETS.datacentre.values.uploadMbps,
    referenceLabel: 'home broadband upload to a datacentre InfiniBand port (network presets)',
  };
}

/** MPC round-trip time bounds: Cheetah's LAN (0.3 ms) and WAN (40 ms) settings (mpc-wan-round-trip-sensitivity). */
const MPC_LAN_RTT_MS = 0.3;
const MPC_WAN_RTT_MS = 40;

/** The round trip between MPC parties. */
export function mpcRoundTripKnob(params: Params): ImpliedKnob {
  return {
    id: 'mpc-round-trip',
    label: 'Round trip between parties',
    unit: 'ms',
    modelValue: params.network.rttMs,
    ...numberRange('network.rttMs'),
    apply: (base, value) => setParams(base, { 'network.rttMs': value }),
    referenceLow: MPC_LAN_RTT_MS,
    referenceHigh: MPC_WAN_RTT_MS,
    referenceLabel: "the LAN and WAN settings of MPC benchmarks (Cheetah's network presets)",
  };
}

/** The knobs that apply to a configuration. */
export function impliedKnobs(params: Params): ImpliedKnob[] {
  const networked =
    usesNetwork(params) &&
    (params.workload.kind === 'training' || params.inference.placement !== 'replicated');
  return [
    ...(networked ? [symmetricBandwidthKnob(params)] : []),
    ...(params.privacy.technique === 'mpc' ? [mpcRoundTripKnob(params)] : []),
  ];
}

/** Solves one knob for the claimed value (other inputs at nominal) and compares it with the reference range. */
export function solveKnob(
  params: Params,
  knob: ImpliedKnob,
  claimed: ClaimedValue,
  needsHigher: boolean,
): ImpliedQuantity {
  const holds = (value: number) =>
    meetsClaimedSide(claimed, metricValue(knob.apply(params, value), claimed.metric), needsHigher);
  const result = solveForFlip(
    { low: knob.low, high: knob.high, scale: 'log', integer: false, start: knob.modelValue },
    holds,
  );
  const reference = {
    referenceLow: knob.referenceLow,
    referenceHigh: knob.referenceHigh,
    referenceLabel: knob.referenceLabel,
  };
  const base = { id: knob.id, label: knob.label, unit: knob.unit, modelValue: knob.modelValue, ...reference };
  if (result.status !== 'crossing') {
    const summary =
      result.status === 'holds-everywhere'
        ? `the claim holds at any ${knob.label.toLowerCase()}`
        : `no ${knob.label.toLowerCase()} in the valid range delivers the claim`;
    return { ...base, summary };
  }
  const sign = result.holdsWhen === 'at-least' ? '>=' : '<=';
  const where =
    result.value < knob.referenceLow ? 'below' : result.value > knob.referenceHigh ? 'above' : 'inside';
  return {
    ...base,
    impliedValue: result.value,
    summary: `needs ${sign} ${formatNumber(result.value)} ${knob.unit} (configured ${formatNumber(knob.modelValue)}); ${where} the reference range of ${knob.referenceLabel}`,
  };
}
