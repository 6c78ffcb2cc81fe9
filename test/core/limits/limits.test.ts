// Behaviour of each scaling limit: how it moves with its inputs, and the algebra that ties them together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipBoundFlop } from '../../../src/core/limits/chips';
import { dataBoundFlop } from '../../../src/core/limits/data';
import { ringMaxFlop, ringSyncS } from '../../../src/core/limits/fibreRing';
import {
  bindingScalingLimit,
  computeScalingLimits,
  scalingLimitBounds,
} from '../../../src/core/limits/index';
import {
  latencyWallFlop,
  latencyWallParameterCount,
  layerCountForParameters,
  minimumTrainingTimeS,
} from '../../../src/core/limits/latencyWall';
import { powerBoundFlop, powerRequiredGW } from '../../../src/core/limits/power';
import { defaultParams } from '../../../src/core/params/table';

const limits = defaultParams().limits;

describe('power bound', () => {
  it('is proportional to power, run length and both efficiency gains', () => {
    const base = powerBoundFlop(1, limits);
    expect(powerBoundFlop(2, limits) / base).toBeCloseTo(2, 12);
    expect(powerBoundFlop(1, { ...limits, runDurationDays: limits.runDurationDays * 3 }) / base).toBeCloseTo(
      3,
      12,
    );
    expect(powerBoundFlop(1, { ...limits, flopPerWattGainFactor: 8 }) / base).toBeCloseTo(2, 12);
    expect(powerBoundFlop(1, { ...limits, allInWattsPerGpu: 3400 }) / base).toBeCloseTo(0.5, 12);
  });

  it('inverts: the power a run needs supports exactly that run', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e24, max: 1e32, noNaN: true }), (flop) => {
        expect(powerBoundFlop(powerRequiredGW(flop, limits), limits) / flop).toBeCloseTo(1, 10);
      }),
    );
  });
});

describe('chip, data and fibre-ring bounds', () => {
  it('scale linearly in chips and quadratically in tokens', () => {
    expect(chipBoundFlop(2e8, 100, 2) / chipBoundFlop(1e8, 100, 2)).toBeCloseTo(2, 12);
    expect(dataBoundFlop(2e15, 20) / dataBoundFlop(1e15, 20)).toBeCloseTo(4, 12);
  });

  it('gives a compute-optimal model: 6 N D with N = D / 20', () => {
    const tokens = 1e15;
    expect(dataBoundFlop(tokens, 20) / (6 * (tokens / 20) * tokens)).toBeCloseTo(1, 12);
  });

  it('shrinks the ring bound as the ring grows (light speed sets the update rate)', () => {
    expect(ringSyncS(22_000)).toBeCloseTo(2 * ringSyncS(11_000), 12);
    expect(ringMaxFlop(22_000, 300, 6e7, 20)).toBeLessThan(ringMaxFlop(11_000, 300, 6e7, 20));
  });
});

describe('latency wall', () => {
  it('puts the wall model exactly at the run length: (D / B) x L x latency = T', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 1000, noNaN: true }),
        fc.double({ min: 1e5, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 16, max: 1024, noNaN: true }),
        (runDurationDays, batchTokensCount, perLayerLatencyUs, modelAspectRatio) => {
          const inputs = {
            ...limits,
            runDurationDays,
            batchTokensCount,
            perLayerLatencyUs,
            modelAspectRatio,
          };
          const parameters = latencyWallParameterCount(inputs);
          const layers = layerCountForParameters(parameters, modelAspectRatio);
          const timeS = minimumTrainingTimeS(
            parameters * inputs.tokensPerParameterRatio,
            batchTokensCount,
            layers,
            perLayerLatencyUs,
          );
          expect(timeS / (runDurationDays * 86_400)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('recedes with bigger batches and retreats with slower layers', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.01, max: 100, noNaN: true }), (factor) => {
        const base = latencyWallFlop(limits);
        expect(
          latencyWallFlop({ ...limits, batchTokensCount: limits.batchTokensCount * factor }),
        ).toBeGreaterThan(base);
        expect(
          latencyWallFlop({ ...limits, perLayerLatencyUs: limits.perLayerLatencyUs * factor }),
        ).toBeLessThan(base);
      }),
    );
  });

  it('gives Llama-like depth at Llama-like size (126 layers at 405B with width / depth 130)', () => {
    expect(layerCountForParameters(405e9, 130)).toBeGreaterThan(115);
    expect(layerCountForParameters(405e9, 130)).toBeLessThan(135);
  });
});

describe('computeScalingLimits', () => {
  it('at Epoch AI’s central inputs, power binds first and the latency wall is furthest away', () => {
    const bounds = scalingLimitBounds(limits);
    expect(bindingScalingLimit(limits).name).toBe('power');
    expect(bounds.power).toBeLessThan(bounds.chips);
    expect(bounds.chips).toBeLessThan(bounds.data);
    expect(bounds.data).toBeLessThan(bounds['latency wall']);
  });

  it('reports the smallest bound as the binding limit', () => {
    const metrics = computeScalingLimits(defaultParams());
    const smallest = Math.min(
      metrics.powerBoundFlop ?? Number.NaN,
      metrics.chipBoundFlop ?? Number.NaN,
      metrics.dataBoundFlop ?? Number.NaN,
      metrics.latencyWallFlop ?? Number.NaN,
    );
    expect(metrics.bindingLimitFlop).toBe(smallest);
  });

  it('sets a per-step latency floor of layers x per-layer latency for the configured model', () => {
    const params = defaultParams();
    const metrics = computeScalingLimits(params);
    expect(metrics.latencyFloorStepS).toBeCloseTo(
      params.model.layerCount * params.limits.perLayerLatencyUs * 1e-6,
      12,
    );
  });
});
