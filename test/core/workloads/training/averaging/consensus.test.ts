// Consensus error of decentralised averaging: exact Moshpit grids, gossip graphs, and the properties that more
// rounds never leave replicas further apart and a larger spectral gap never slows the run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consensusErrorRatio,
  exponentialGraphResidualFraction,
  fixedGraphConsensusErrorRatio,
  moshpitResidualFraction,
  ringSecondEigenvalue,
  spectralGapFraction,
} from '../../../../../src/core/workloads/training/averaging/consensus';
import { stepsNeededRatio } from '../../../../../src/core/workloads/training/averaging/stepsNeeded';

describe('residual after averaging rounds', () => {
  it('Moshpit averages a full grid exactly after d = log_M N rounds, and not before', () => {
    expect(moshpitResidualFraction(2, 8, 64)).toBe(0);
    expect(moshpitResidualFraction(1, 8, 64)).toBeCloseTo(7 / 63, 12);
    expect(moshpitResidualFraction(3, 4, 64)).toBe(0);
    expect(moshpitResidualFraction(2, 4, 64)).toBeGreaterThan(0);
  });

  it('the one-peer exponential graph averages 2^k peers exactly after k rounds', () => {
    expect(exponentialGraphResidualFraction(6, 64)).toBe(0);
    expect(exponentialGraphResidualFraction(5, 64)).toBeGreaterThan(0);
  });

  it('ring gossip with one neighbour each side has lambda_2 = (1 + 2 cos(2 pi / N)) / 3', () => {
    expect(ringSecondEigenvalue(2, 6)).toBeCloseTo(2 / 3, 12);
    expect(ringSecondEigenvalue(2, 12)).toBeCloseTo((1 + 2 * Math.cos((2 * Math.PI) / 12)) / 3, 12);
  });

  it('exact averaging every step leaves no consensus error; averaging every H steps leaves (H - 1)/2', () => {
    expect(consensusErrorRatio(() => 0, 1, 1)).toBe(0);
    expect(consensusErrorRatio(() => 0, 1, 9)).toBe(4);
  });
});

describe('properties', () => {
  const peers = fc.integer({ min: 2, max: 5000 });
  const rounds = fc.integer({ min: 1, max: 20 });
  const period = fc.integer({ min: 1, max: 200 });

  it('more rounds per averaging never increase the consensus error (Moshpit)', () => {
    fc.assert(
      fc.property(peers, fc.integer({ min: 2, max: 64 }), rounds, period, (n, m, r, h) => {
        const error = (roundCount: number) =>
          consensusErrorRatio((j) => moshpitResidualFraction(j, m, n), roundCount, h);
        expect(error(r + 1)).toBeLessThanOrEqual(error(r) + 1e-12);
      }),
    );
  });

  it('more rounds per averaging never increase the consensus error (exponential and ring gossip)', () => {
    fc.assert(
      fc.property(peers, fc.integer({ min: 2, max: 16 }), rounds, period, (n, k, r, h) => {
        const exponential = (roundCount: number) =>
          consensusErrorRatio((j) => exponentialGraphResidualFraction(j, n), roundCount, h);
        expect(exponential(r + 1)).toBeLessThanOrEqual(exponential(r) + 1e-12);
        const gap = spectralGapFraction(ringSecondEigenvalue(k, n));
        const ring = (roundCount: number) => fixedGraphConsensusErrorRatio(gap, roundCount, h);
        expect(ring(r + 1)).toBeLessThanOrEqual(ring(r) * (1 + 1e-12));
      }),
    );
  });

  it('a larger spectral gap never raises the consensus error nor the steps needed', () => {
    const gap = fc.double({ min: 1e-6, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        gap,
        gap,
        rounds,
        period,
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a, b, r, h, kappa) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const errorSmall = fixedGraphConsensusErrorRatio(small, r, h);
          const errorLarge = fixedGraphConsensusErrorRatio(large, r, h);
          expect(errorLarge).toBeLessThanOrEqual(errorSmall * (1 + 1e-12));
          expect(stepsNeededRatio(errorLarge, kappa)).toBeLessThanOrEqual(
            stepsNeededRatio(errorSmall, kappa) * (1 + 1e-12),
          );
        },
      ),
    );
  });

  it('a denser ring (more neighbours) has a spectral gap at least as large', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 400 }), fc.integer({ min: 1, max: 8 }), (n, half) => {
        const sparse = spectralGapFraction(ringSecondEigenvalue(2 * half, n));
        const dense = spectralGapFraction(ringSecondEigenvalue(2 * half + 2, n));
        expect(dense).toBeGreaterThanOrEqual(sparse - 1e-12);
      }),
    );
  });
});
