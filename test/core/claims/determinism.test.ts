// Same claim and seed, same report to the byte; another seed, other draws; and a run's draws do not depend on
// how many runs were asked for (each run's seeds are derived from the claim's seed and the run index).
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../../src/core/claims/check';
import { drawRuns } from '../../../src/core/claims/draws';
import { uncertainInputs } from '../../../src/core/claims/inputs';
import { resolveClaim } from '../../../src/core/claims/resolve';
import { minimalClaim, parsedClaim } from './fixtures';

const claim = parsedClaim(
  minimalClaim({
    presets: { hardware: 'H100_SXM', network: 'continent' },
    params: { 'workload.kind': 'training', 'training.strategy': 'low-communication', 'network.nodeCount': 8 },
    claim: { metric: 'computeTimeFraction', direction: 'at-least', value: 0.9 },
    seed: 'determinism',
  }),
);

describe('determinism', () => {
  it('gives byte-identical JSON for the same claim and seed', () => {
    const first = JSON.stringify(checkClaim(claim, { runCount: 60 }));
    const second = JSON.stringify(checkClaim(claim, { runCount: 60 }));
    expect(second).toBe(first);
  });

  it('draws differently with another seed', () => {
    const first = checkClaim(claim, { runCount: 60 });
    const other = checkClaim(claim, { runCount: 60, seed: 'another seed' });
    expect(other.seed).toBe('another seed');
    expect(other.distribution.mean).not.toBe(first.distribution.mean);
  });

  it('keeps each run’s draws whatever the number of runs', () => {
    const { params } = resolveClaim(claim);
    const inputs = uncertainInputs(claim, params);
    const few = drawRuns(params, inputs, 'computeTimeFraction', { seed: 'determinism', runCount: 5 });
    const many = drawRuns(params, inputs, 'computeTimeFraction', { seed: 'determinism', runCount: 12 });
    expect(many.slice(0, 5)).toEqual(few);
  });
});
