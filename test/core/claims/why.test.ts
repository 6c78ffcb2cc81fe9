// The "why" of a claim: the step's terms at the central values, largest first, summing to the step time, and
// the deciding term is proving for a claim with a zero-knowledge proof of every step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimText } from '../../../src/core/claims/index';
import { nominalParams, uncertainInputs } from '../../../src/core/claims/inputs';
import { resolveClaim } from '../../../src/core/claims/resolve';
import { stepWhy } from '../../../src/core/claims/why';
import { evaluateAnalytic } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';

function centralParams(file: string) {
  const parsed = parseClaimText(readFileSync(`scenarios/claims/${file}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const { params } = resolveClaim(parsed.claim);
  return nominalParams(params, uncertainInputs(parsed.claim, params));
}

describe('stepWhy', () => {
  it('lists the terms largest first and sums them to the step time', () => {
    const params = defaultParams();
    const why = stepWhy(params);
    const seconds = why.terms.map((term) => term.seconds);
    expect([...seconds].sort((a, b) => b - a)).toEqual(seconds);
    expect(why.stepTimeS).toBeCloseTo(evaluateAnalytic(params).result.metrics.stepTimeS ?? 0, 9);
    expect(why.decidingTerm?.shareFraction).toBeGreaterThan(0);
  });

  it('names proving for a claim with a zero-knowledge proof of every step', () => {
    const why = stepWhy(centralParams('deepprove-gpt2-proving'));
    expect(why.decidingTerm?.category).toBe('verification');
    expect(why.decidingTerm?.name).toMatch(/proving/);
  });

  it('names the MPC computation for an MPC serving claim', () => {
    expect(stepWhy(centralParams('puma-llama-7b-five-minutes')).decidingTerm?.category).toBe('privacy');
  });
});

describe('stepWhy in a mixed network', () => {
  it('names the group and the link that set the pace', () => {
    const params = setParams(defaultParams(), {
      'group2.nodeCount': 2,
      'group2.device': 'RTX_2080_TI',
      'group2.region': 'us-east',
      'group2.uploadMbps': 20,
    });
    const why = stepWhy(params);
    expect(why.limitingGroup).toContain('RTX 2080 Ti');
    expect(why.limitingLink).toContain('20 Mbit/s');
  });

  it('says nothing of groups for a network of identical nodes', () => {
    expect(stepWhy(defaultParams()).limitingGroup).toBeUndefined();
  });
});
