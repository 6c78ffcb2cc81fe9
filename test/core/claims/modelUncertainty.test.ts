// The model's own error in a claim check: a claim inside the model's error band is never "implausible", the
// report splits the uncertainty into input and model parts, and an area without measured error changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelErrorBand } from '../../../src/core/calibration/modelErrorBand';
import { checkClaim } from '../../../src/core/claims/check';
import { supportWithModelError } from '../../../src/core/claims/modelUncertainty';
import { resolveClaim } from '../../../src/core/claims/resolve';
import type { ClaimedValue } from '../../../src/core/claims/types';
import { supportProbability, verdictFor } from '../../../src/core/claims/verdict';
import { decodeClaim, parsedClaim } from './fixtures';

const RUN_COUNT = 120;
const METRIC = 'throughputTokensPerS';
const claimOf = (direction: ClaimedValue['direction'], value: number) =>
  parsedClaim(
    decodeClaim(
      direction === 'about'
        ? { metric: METRIC, direction, value, toleranceFraction: 0.05 }
        : { metric: METRIC, direction, value },
    ),
  );
// The draws do not depend on the claimed value, so one check gives the band every claim below is placed in.
const reference = checkClaim(claimOf('at-least', 1), { runCount: RUN_COUNT });
const band = reference.uncertainty.withModelError;
const { params } = resolveClaim(claimOf('at-least', 1));

/** A value a share `position` of the way from low to high, in log space. */
const between = (low: number, high: number, position: number) => low * (high / low) ** position;

describe('a claim inside the model error band', () => {
  it('is checked against a measured error (the decoding claim is inference over a network)', () => {
    expect(reference.uncertainty.modelError?.area).toBe('inference-networks');
    expect(reference.uncertainty.modelLog10Sd).toBeGreaterThan(0);
    expect(band).not.toBeNull();
  });

  it('is never implausible, whichever way it points', () => {
    if (band === null) throw new Error('no band');
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.constantFrom<ClaimedValue['direction']>('at-least', 'at-most', 'about'),
        (position, direction) => {
          const value = between(band.p10, band.p90, position);
          const report = checkClaim(claimOf(direction, value), { runCount: RUN_COUNT });
          expect(report.verdict).not.toBe('implausible');
        },
      ),
      { numRuns: 12, seed: 13 },
    );
  });

  it('is not implausible inside the band `sim run` reports for the model value alone', () => {
    const value = reference.nominalMetricValue;
    const runBand = modelErrorBand(METRIC, params, value);
    if (!runBand?.low || !runBand.high) throw new Error('no band');
    for (const position of [0.001, 0.25, 0.5, 0.75, 0.999]) {
      const claimed = {
        metric: METRIC,
        direction: 'at-least' as const,
        value: between(runBand.low, runBand.high, position),
      };
      const support = supportWithModelError(claimed, [value], runBand.log10Sd);
      expect(verdictFor(support)).not.toBe('implausible');
      const ceiling = { ...claimed, direction: 'at-most' as const };
      expect(verdictFor(supportWithModelError(ceiling, [value], runBand.log10Sd))).not.toBe('implausible');
    }
  });

  it('can be implausible well outside it', () => {
    if (band === null) throw new Error('no band');
    const report = checkClaim(claimOf('at-least', band.p90 * 100), { runCount: RUN_COUNT });
    expect(report.verdict).toBe('implausible');
  });
});

describe('the parts of the uncertainty', () => {
  it('split the variance of the answer between the inputs and the model', () => {
    const parts = reference.uncertainty;
    expect((parts.modelShareFraction ?? 0) + (parts.inputShareFraction ?? 0)).toBeCloseTo(1, 12);
    expect(parts.inputLog10Sd).toBeGreaterThan(0);
    expect(parts.modelError?.trackRecord).toMatch(/^within 2x on \d+ of \d+ published/);
  });

  it('widen the band of the draws, so the inputs-only support of a tail claim rises', () => {
    if (band === null) throw new Error('no band');
    expect(band.p10).toBeLessThan(reference.distribution.p10);
    expect(band.p90).toBeGreaterThan(reference.distribution.p90);
    const tail = checkClaim(claimOf('at-least', reference.distribution.max * 1.2), { runCount: RUN_COUNT });
    expect(tail.uncertainty.inputOnlySupportFraction).toBe(0);
    expect(tail.supportProbabilityFraction).toBeGreaterThan(0);
  });

  it('leave the inputs-only support unchanged when the area has no measured error', () => {
    const values = [1, 2, 3, 4, Number.NaN];
    for (const claimed of [
      { metric: METRIC, direction: 'at-least' as const, value: 2.5 },
      { metric: METRIC, direction: 'about' as const, value: 3, toleranceFraction: 0.2 },
    ])
      expect(supportWithModelError(claimed, values, null)).toBe(supportProbability(claimed, values));
  });
});
