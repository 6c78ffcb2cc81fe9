// Every assertion of the claim scenarios (scenarios/matrix, article, workshop) could fail: the opposite claim
// (a trend reversed, a bound moved to the other side) fails on the same results. An assertion whose opposite
// also passes would be one that cannot fail.
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/core/scenario/check';
import { runScenario } from '../../src/core/scenario/run';
import type { Assertion } from '../../src/core/scenario/types';
import { flipAssertion } from './flipAssertion';
import { claimScenarioFiles, loadScenario } from './scenarioFiles';

describe('flipping an assertion', () => {
  it('reverses trends and moves bounds past themselves', () => {
    const trend: Assertion = { type: 'trend', metric: 'm', along: 'a', direction: 'flat' };
    expect(flipAssertion(trend).map((a) => a.type === 'trend' && a.direction)).toEqual([
      'increasing',
      'decreasing',
    ]);
    const where = { variant: 'v' };
    const threshold: Assertion = { type: 'threshold', metric: 'm', where, min: 2, max: 3 };
    const flipped = flipAssertion(threshold);
    expect(flipped).toHaveLength(2);
    expect(flipped[0]).toMatchObject({ max: expect.any(Number) });
    expect(flipped[0] && 'max' in flipped[0] ? flipped[0].max : Number.NaN).toBeLessThan(2);
    expect(flipped[1] && 'min' in flipped[1] ? flipped[1].min : Number.NaN).toBeGreaterThan(3);
    expect(flipAssertion({ type: 'threshold', metric: 'm', where, max: 0 })).toEqual([
      { type: 'threshold', metric: 'm', where, min: Number.MIN_VALUE },
    ]);
  });
});

describe('every assertion of the claim scenarios can fail', () => {
  it.each(claimScenarioFiles())('%s: each flipped assertion fails', (file) => {
    const scenario = loadScenario(file);
    const result = runScenario(scenario);
    const stillPassing = (scenario.expect ?? []).flatMap((assertion, index) =>
      flipAssertion(assertion).flatMap((flipped) => {
        const [outcome] = checkScenario({ ...scenario, expect: [flipped] }, result);
        return outcome?.passed ? [`[${index}] ${outcome.description}: ${outcome.detail}`] : [];
      }),
    );
    expect(stillPassing).toEqual([]);
  });
});
