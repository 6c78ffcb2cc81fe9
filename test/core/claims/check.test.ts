// Verdicts against probabilities known in closed form: the decoding claim's throughput rises with one uniform
// input, so P(throughput >= throughput at e) = (max - e) / (max - min); the check must find that probability
// (within Monte Carlo error) and grade it by the documented thresholds.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../../src/core/claims/check';
import { metricValue } from '../../../src/core/claims/metricValue';
import { resolveClaim } from '../../../src/core/claims/resolve';
import type { Verdict } from '../../../src/core/claims/types';
import {
  OPTIMISTIC_SUPPORT_FRACTION,
  PLAUSIBLE_SUPPORT_FRACTION,
  verdictFor,
} from '../../../src/core/claims/verdict';
import { setParam } from '../../../src/core/params/table';
import { DECODE_EFFICIENCY_RANGE, decodeClaim, parsedClaim } from './fixtures';

const RUN_COUNT = 600;
const EFFICIENCY_PATH = 'hardware.memoryBandwidthEfficiencyFraction';

/** Throughput of the decoding configuration at a given achievable memory bandwidth, from the model itself. */
function throughputAt(efficiency: number): number {
  const { params } = resolveClaim(
    parsedClaim(decodeClaim({ metric: 'throughputTokensPerS', direction: 'at-least', value: 1 })),
  );
  return metricValue(setParam(params, EFFICIENCY_PATH, efficiency), 'throughputTokensPerS');
}

/** The exact probability that a uniform draw lands at or above efficiency. */
const exactShareAbove = (efficiency: number) =>
  (DECODE_EFFICIENCY_RANGE.max - efficiency) / (DECODE_EFFICIENCY_RANGE.max - DECODE_EFFICIENCY_RANGE.min);

/** Four standard errors of a proportion from RUN_COUNT draws. */
const tolerance = (probability: number) =>
  4 * Math.sqrt((probability * (1 - probability)) / RUN_COUNT) + 1e-9;

describe('verdicts from known probabilities', () => {
  it.each<[Verdict, number]>([
    ['plausible', 0.35],
    ['optimistic', 0.71],
    ['implausible', 0.79],
  ])('a claim needing efficiency >= e comes out %s (e = %s)', (verdict, efficiency) => {
    const claim = parsedClaim(
      decodeClaim({ metric: 'throughputTokensPerS', direction: 'at-least', value: throughputAt(efficiency) }),
    );
    const report = checkClaim(claim, { runCount: RUN_COUNT });
    const exact = exactShareAbove(efficiency);
    // The closed form is the inputs' part; the verdict adds the model's own error (modelUncertainty.test.ts).
    const inputs = report.uncertainty;
    expect(Math.abs(inputs.inputOnlySupportFraction - exact)).toBeLessThanOrEqual(tolerance(exact));
    expect(verdictFor(inputs.inputOnlySupportFraction)).toBe(verdict);
    expect(inputs.inputOnlyHoldsFraction).toBe(inputs.inputOnlySupportFraction);
    expect(report.holdsProbabilityFraction).toBeCloseTo(report.supportProbabilityFraction, 12);
  });

  it('grades the thresholds as documented', () => {
    expect(exactShareAbove(0.35)).toBeGreaterThan(PLAUSIBLE_SUPPORT_FRACTION);
    expect(exactShareAbove(0.71)).toBeGreaterThan(OPTIMISTIC_SUPPORT_FRACTION);
    expect(exactShareAbove(0.71)).toBeLessThan(PLAUSIBLE_SUPPORT_FRACTION);
    expect(exactShareAbove(0.79)).toBeLessThan(OPTIMISTIC_SUPPORT_FRACTION);
  });

  it('turns an at-most claim around: a speed ceiling the model beats is plausible', () => {
    const claim = parsedClaim(
      decodeClaim({ metric: 'throughputTokensPerS', direction: 'at-most', value: throughputAt(0.35) }),
    );
    const report = checkClaim(claim, { runCount: RUN_COUNT });
    const exact = 1 - exactShareAbove(0.35);
    const inputOnly = report.uncertainty.inputOnlySupportFraction;
    expect(Math.abs(inputOnly - exact)).toBeLessThanOrEqual(tolerance(exact));
    expect(verdictFor(inputOnly)).toBe('optimistic');
    expect(report.verdict).toBe('optimistic');
  });

  it('judges an "about" claim on its band: the median inside it is plausible, a band in the tail is not', () => {
    const centred = checkClaim(
      parsedClaim(
        decodeClaim({
          metric: 'throughputTokensPerS',
          direction: 'about',
          value: throughputAt(0.5),
          toleranceFraction: 0.1,
        }),
      ),
      { runCount: RUN_COUNT },
    );
    expect(centred.verdict).toBe('plausible');
    const exactInside = (0.55 - 0.45) / 0.6;
    expect(Math.abs(centred.uncertainty.inputOnlyHoldsFraction - exactInside)).toBeLessThanOrEqual(
      tolerance(exactInside),
    );
    const farAbove = checkClaim(
      parsedClaim(
        decodeClaim({
          metric: 'throughputTokensPerS',
          direction: 'about',
          // A factor of 10 past the best draw: beyond the inputs and the model's measured error.
          value: throughputAt(0.8) * 10,
          toleranceFraction: 0.1,
        }),
      ),
      { runCount: RUN_COUNT },
    );
    expect(farAbove.verdict).toBe('implausible');
    expect(farAbove.uncertainty.inputOnlyHoldsFraction).toBe(0);
    expect(farAbove.holdsProbabilityFraction).toBeLessThan(OPTIMISTIC_SUPPORT_FRACTION);
  });
});

describe('the report', () => {
  const claim = parsedClaim(
    decodeClaim({ metric: 'throughputTokensPerS', direction: 'at-least', value: throughputAt(0.5) }),
  );
  const report = checkClaim(claim, { runCount: 200 });

  it('summarises the draws in order and bins every finite one', () => {
    const d = report.distribution;
    expect(d.min).toBeLessThanOrEqual(d.p5);
    expect([d.p5, d.p10, d.p50, d.p90, d.p95]).toEqual(
      [d.p5, d.p10, d.p50, d.p90, d.p95].sort((a, b) => a - b),
    );
    expect(d.p95).toBeLessThanOrEqual(d.max);
    expect(d.histogram.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(d.finiteCount);
    expect(d.finiteCount).toBe(200);
  });

  it('reports the ratio of the claim to the median and the nominal value at the range median', () => {
    expect(report.claimOverMedianRatio).toBeCloseTo(report.claim.value / report.distribution.p50, 12);
    expect(report.nominalMetricValue).toBeCloseTo(throughputAt(0.5), 9);
  });

  it('ranks the only uncertain input as fully correlated and names its range source', () => {
    expect(report.inputs).toHaveLength(1);
    expect(report.inputs[0]?.rankCorrelation).toBeCloseTo(1, 12);
    expect(report.inputs[0]?.rangeOrigin).toBe('claim file');
  });
});
