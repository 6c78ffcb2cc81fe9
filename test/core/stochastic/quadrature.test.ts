// The log-space quadrature against integrals with closed forms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logIntegralOfUnimodal } from '../../../src/core/stochastic/quadrature';

describe('logIntegralOfUnimodal', () => {
  it('integrates a Gaussian of any centre and width: ln(sqrt(2 pi) s)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 1e-4, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (centre, width, guessRatio) => {
          const logF = (z: number) => -0.5 * ((z - centre) / width) ** 2;
          const result = logIntegralOfUnimodal(logF, centre + width, width * guessRatio);
          expect(result).toBeCloseTo(Math.log(Math.sqrt(2 * Math.PI) * width), 9);
        },
      ),
    );
  });

  it('integrates a skewed Gumbel density to 1, even with a poor starting guess', () => {
    const logGumbel = (z: number) => -z - Math.exp(-z);
    expect(logIntegralOfUnimodal(logGumbel, 5, 0.01)).toBeCloseTo(0, 9);
  });

  it('keeps huge log values without overflow (the integral of exp(1000 - z^2 / 2))', () => {
    const result = logIntegralOfUnimodal((z) => 1000 - 0.5 * z * z, 0, 1);
    expect(result).toBeCloseTo(1000 + Math.log(Math.sqrt(2 * Math.PI)), 9);
  });
});
