// The link format: any valid state survives encode -> decode exactly; bad links are refused field by field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../../src/app/url/hashState';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewState';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParam } from '../../../src/core/params/table';
import { shareableArbitrary } from '../arbitraries';

const defaults = { ...DEFAULT_VIEW_STATE, params: defaultParams(), paramsB: null };

describe('hash state', () => {
  it('restores every valid state exactly', () => {
    fc.assert(
      fc.property(shareableArbitrary, (state) => {
        fc.pre(paramConstraintErrors(state.params).length === 0);
        fc.pre(state.paramsB === null || paramConstraintErrors(state.paramsB).length === 0);
        const decoded = decodeHash(`#${encodeHash(state)}`);
        expect(decoded).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('writes only parameters that differ from their defaults', () => {
    const hash = encodeHash({ ...defaults, params: setParam(defaultParams(), 'network.nodeCount', 100) });
    const keys = [...new URLSearchParams(hash).keys()].filter((key) => key.includes('.'));
    expect(keys).toEqual(['network.nodeCount']);
  });

  it('names every bad field of a tampered link', () => {
    const decoded = decodeHash(
      '#v=1&view=explore&network.rttMs=-5&network.bogus=1&x=workload.kind&y=throughputTokenPerS&hide=nope',
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    const paths = decoded.errors.map((error) => error.path).sort();
    expect(paths).toEqual(['hide', 'network.bogus', 'network.rttMs', 'x', 'y']);
    expect(decoded.errors.find((error) => error.path === 'y')?.message).toContain('"throughputTokensPerS"');
    const rtt = decoded.errors.find((error) => error.path === 'network.rttMs');
    expect(rtt?.message).toContain('0.001');
    expect(rtt?.message).toContain('2000');
  });

  it('refuses non-numbers, fractional counts and unknown format versions', () => {
    const cases: Array<[string, string]> = [
      ['v=1&network.nodeCount=abc', 'network.nodeCount'],
      ['v=1&network.nodeCount=2.5', 'network.nodeCount'],
      ['v=1&workload.kind=mining', 'workload.kind'],
      ['v=1&training.overlapSync=yes', 'training.overlapSync'],
      ['v=99', 'v'],
      ['v=1&view=nowhere', 'view'],
      ['v=1&seed=', 'seed'],
    ];
    for (const [hash, path] of cases) {
      const decoded = decodeHash(hash);
      expect(decoded.ok ? [] : decoded.errors.map((error) => error.path)).toEqual([path]);
    }
  });
});
