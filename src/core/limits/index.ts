// Epoch AI's bounds on the largest feasible training run (power, chips, data, latency wall), the fibre-ring
// bound on a geographically distributed run, and the latency floor of the configured model's step.
import type { Metrics } from '../engine/types';
import type { Params } from '../params/table';
import { SECONDS_PER_US, WATTS_PER_MW } from '../units';
import { chipBoundFlop } from './chips';
import { dataBoundFlop } from './data';
import { ringMaxFlop, ringSyncS, ringUpdateCount } from './fibreRing';
import { latencyWallFlop, latencyWallParameterCount, layerCountForParameters } from './latencyWall';
import { powerBoundFlop, powerRequiredGW, referenceRunPowerW } from './power';
import { GPT4_TRAINING_FLOP } from './reference';
import { configuredRunMetrics } from './utilisation/configuredRun';
import { utilisationCurveMetrics } from './utilisation/curve';

/** The four limits Epoch AI weighs, in the order the report presents them. */
export type ScalingLimitName = 'power' | 'chips' | 'data' | 'latency wall';

/** Each limit's bound on the largest feasible training run, FLOP. */
export function scalingLimitBounds(limits: Params['limits']): Record<ScalingLimitName, number> {
  return {
    power: powerBoundFlop(limits.powerAvailableGW, limits),
    chips: chipBoundFlop(limits.chipsAvailableCount, limits.runDurationDays, limits.precisionGainFactor),
    data: dataBoundFlop(limits.tokensAvailableCount, limits.tokensPerParameterRatio),
    'latency wall': latencyWallFlop(limits),
  };
}

/** The limit that binds first (the smallest bound) and its value. */
export function bindingScalingLimit(limits: Params['limits']): { name: ScalingLimitName; flop: number } {
  const entries = Object.entries(scalingLimitBounds(limits)) as [ScalingLimitName, number][];
  const [name, flop] = entries.reduce((smallest, entry) => (entry[1] < smallest[1] ? entry : smallest));
  return { name, flop };
}

/**
 * Scaling-limit metrics for the configured training job: each bound in FLOP, the binding one
 * (bindingLimitFlop; bindingScalingLimit names it), the power arithmetic behind Epoch's figures, the fibre
 * ring, the latency floor of one step of the configured model (layers x per-layer latency), and the
 * latency-wall utilisation curve at `limits.targetRunFlop` (Erdil and Schneider-Joseph) when
 * `limits.utilisationCurveEnabled` is on.
 */
export function computeScalingLimits(params: Params): Metrics {
  const { limits } = params;
  const bounds = scalingLimitBounds(limits);
  const wallParameterCount = latencyWallParameterCount(limits);
  return {
    powerBoundFlop: bounds.power,
    chipBoundFlop: bounds.chips,
    dataBoundFlop: bounds.data,
    latencyWallFlop: bounds['latency wall'],
    bindingLimitFlop: bindingScalingLimit(limits).flop,
    powerBoundVsGpt4Ratio: bounds.power / GPT4_TRAINING_FLOP,
    chipBoundVsGpt4Ratio: bounds.chips / GPT4_TRAINING_FLOP,
    referenceRunPowerMW: referenceRunPowerW(limits.allInWattsPerGpu) / WATTS_PER_MW,
    powerRequiredForTargetRunGW: powerRequiredGW(limits.targetRunFlop, limits),
    latencyWallParameterCount: wallParameterCount,
    latencyWallLayerCount: layerCountForParameters(wallParameterCount, limits.modelAspectRatio),
    latencyFloorStepS: params.model.layerCount * limits.perLayerLatencyUs * SECONDS_PER_US,
    fibreRingSyncS: ringSyncS(limits.ringLengthKm),
    fibreRingUpdateCount: ringUpdateCount(limits.ringLengthKm, limits.runDurationDays),
    fibreRingMaxFlop: ringMaxFlop(
      limits.ringLengthKm,
      limits.runDurationDays,
      limits.batchTokensCount,
      limits.tokensPerParameterRatio,
    ),
    ...(limits.utilisationCurveEnabled ? utilisationCurveMetrics(limits) : {}),
    ...(limits.configuredRunEnabled ? configuredRunMetrics(params) : {}),
  };
}
