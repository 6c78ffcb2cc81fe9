// Validation by one parallel prefill against generation by decoding (TOPLOC): the roofline ratio, how batching
// moves it, and the forward-pass case.
import { describe, expect, it } from 'vitest';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../../../src/core/params/table';
import { computePeakFlopPerS } from '../../../src/core/precision/formats';
import { applyPreset } from '../../../src/core/presets/index';

const metricsOf = (params: Params) => evaluateAnalytic(params).result.metrics;
const fractionOf = (params: Params): number =>
  metricsOf(params).validationTimeFractionOfGeneration ?? Number.NaN;

const llama8bOnH100 = (batch: number): Params =>
  setParams(applyPreset(applyPreset(defaultParams(), 'hardware', 'H100_SXM'), 'model', 'llama-3-8b'), {
    'workload.kind': 'inference',
    'inference.placement': 'replicated',
    'inference.batchSizeCount': batch,
    'inference.outputTokenCount': 512,
    'hardware.gpusPerNodeCount': 1,
    'network.nodeCount': 1,
    'verification.technique': 'hash-commitment',
  });

describe('prefill validation', () => {
  it('at batch 1 is about bandwidth x efficiency / (peak x MFU) of generation', () => {
    const params = llama8bOnH100(1);
    const metrics = metricsOf(params);
    const fraction = fractionOf(params);
    const { memoryBandwidthTBps, memoryBandwidthEfficiencyFraction, mfuFraction } = params.hardware;
    // Decoding reads 2 bytes per weight for 2 FLOP per weight; the prefill does the same FLOP compute-bound.
    const rooflineFraction =
      (memoryBandwidthTBps * 1e12 * memoryBandwidthEfficiencyFraction) /
      (computePeakFlopPerS(params) * mfuFraction);
    expect(fraction).toBeGreaterThan(0.5 * rooflineFraction);
    expect(fraction).toBeLessThan(1.5 * rooflineFraction);
    expect(metrics.validationSpeedupOverGenerationRatio).toBeCloseTo(1 / fraction, 9);
  });

  it('costs a larger share of generation as batching makes decoding compute-bound', () => {
    const small = fractionOf(llama8bOnH100(1));
    const large = fractionOf(llama8bOnH100(64));
    expect(large).toBeGreaterThan(5 * small);
    expect(large).toBeLessThanOrEqual(1);
  });

  it('costs as much as the work itself when nothing is generated', () => {
    const forward = setParams(llama8bOnH100(8), { 'inference.mode': 'forward' });
    expect(fractionOf(forward)).toBeCloseTo(1, 12);
  });

  it('adds the checked share of the validation cost to the hardware', () => {
    const params = setParams(llama8bOnH100(32), { 'commitment.checkedFraction': 0.5 });
    expect(metricsOf(params).verificationResourceRatio).toBeCloseTo(1 + 0.5 * fractionOf(params), 12);
  });
});
