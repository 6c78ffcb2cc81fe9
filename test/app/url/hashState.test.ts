// The link format: any valid state survives encode -> decode exactly; links name only what differs from the
// defaults; bad fields are named one by one while the good ones apply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHash, defaultShareable, encodeHash } from '../../../src/app/url/hashState';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, PARAMETER_ROWS, setParam } from '../../../src/core/params/table';
import { shareableArbitrary } from '../arbitraries';

const defaults = defaultShareable();
const errorPaths = (hash: string) =>
  decodeHash(hash)
    .errors.map((error) => error.path)
    .sort();

describe('hash state', () => {
  it('restores every valid state exactly', () => {
    fc.assert(
      fc.property(shareableArbitrary, (state) => {
        fc.pre(paramConstraintErrors(state.params).length === 0);
        fc.pre(state.paramsB === null || paramConstraintErrors(state.paramsB).length === 0);
        const decoded = decodeHash(`#${encodeHash(state)}`);
        expect(decoded).toEqual({ errors: [], state });
      }),
      { numRuns: 300 },
    );
    // 300 whole states: a few seconds on a loaded machine.
  }, 30_000);

  it('writes only what differs from the defaults', () => {
    expect(encodeHash(defaults)).toBe('v=1');
    const hash = encodeHash({ ...defaults, params: setParam(defaultParams(), 'network.nodeCount', 100) });
    expect(hash).toBe('v=1&network.nodeCount=100');
  });

  it('names a whole hidden group by its name, so the link stays short', () => {
    const groups = ['hardware', 'privacy', 'verification', 'training'];
    const hidden = PARAMETER_ROWS.filter((row) => groups.includes(row.group)).map((row) => row.path);
    const hash = encodeHash({
      ...defaults,
      participant: true,
      hidden: hidden.sort(),
      locked: ['network.nodeCount', 'network.rttMs'],
    });
    expect(new URLSearchParams(hash).get('hide')?.split(',').sort()).toEqual([...groups].sort());
    expect(hash).toContain('hide=training,hardware,privacy,verification');
    expect(hash.length).toBeLessThan(100);
    expect(decodeHash(hash).state.hidden).toEqual(hidden.sort());
  });

  it('keeps the Matrix thresholds and cell', () => {
    const state = {
      ...defaults,
      matrixThresholds: { strongMinScore: 0.4, weakMaxScore: -0.3, robustMinShareFraction: 0.7 },
      matrixCell: 'privacy.security',
    };
    const hash = encodeHash(state);
    expect(hash).toContain('matrix=0.4,-0.3,0.7');
    expect(decodeHash(hash)).toEqual({ errors: [], state });
  });

  it('names every bad field of a tampered link', () => {
    const decoded = decodeHash(
      '#v=1&view=explore&network.rttMs=-5&network.bogus=1&x=workload.kind&y=throughputTokenPerS&hide=nope',
    );
    const paths = decoded.errors.map((error) => error.path).sort();
    expect(paths).toEqual(['hide', 'network.bogus', 'network.rttMs', 'x', 'y']);
    expect(decoded.errors.find((error) => error.path === 'y')?.message).toContain('"throughputTokensPerS"');
    const rtt = decoded.errors.find((error) => error.path === 'network.rttMs');
    expect(rtt?.message).toContain('0.001');
    expect(rtt?.message).toContain('2000');
  });

  it('applies the good fields of a partly bad link, hide and lock first, and keeps the last good values', () => {
    const lastGood = { ...defaults, seed: 'before', params: setParam(defaultParams(), 'network.rttMs', 42) };
    const decoded = decodeHash(
      'v=1&seed=after&network.rttMs=-5&network.nodeCount=40&hide=hardware,nope&lock=network.rttMs&y=zzz',
      lastGood,
    );
    expect(decoded.errors.map((error) => error.path).sort()).toEqual(['hide', 'network.rttMs', 'y']);
    const { state } = decoded;
    expect(state.params.network.rttMs).toBe(42);
    expect(state.params.network.nodeCount).toBe(40);
    expect(state.seed).toBe('after');
    expect(state.sweepMetric).toBe(lastGood.sweepMetric);
    expect(state.locked).toEqual(['network.rttMs']);
    expect(state.hidden.length).toBe(PARAMETER_ROWS.filter((row) => row.group === 'hardware').length);
  });

  it('keeps the last good values of fields that break a cross-field rule together', () => {
    const decoded = decodeHash('v=1&mpc.partyCount=3&mpc.collusionThresholdCount=5&privacy.technique=mpc');
    expect(decoded.errors.length).toBeGreaterThan(0);
    expect(paramConstraintErrors(decoded.state.params)).toEqual([]);
  });

  it('refuses non-numbers, fractional counts, bad thresholds and unknown format versions', () => {
    const cases: Array<[string, string]> = [
      ['v=1&network.nodeCount=abc', 'network.nodeCount'],
      ['v=1&network.nodeCount=2.5', 'network.nodeCount'],
      ['v=1&workload.kind=mining', 'workload.kind'],
      ['v=1&training.overlapSync=yes', 'training.overlapSync'],
      ['v=99', 'v'],
      ['v=1&view=nowhere', 'view'],
      ['v=1&seed=', 'seed'],
      ['v=1&matrix=0.5,0.6,0.8', 'matrix'],
      ['v=1&matrix=0x1,-0.5,0.8', 'matrix'],
      ['v=1&cell=privacy.nowhere', 'cell'],
      ['v=1&p=yes', 'p'],
    ];
    for (const [hash, path] of cases) expect(errorPaths(hash)).toEqual([path]);
  });

  it('applies nothing from a link of another format version', () => {
    const lastGood = { ...defaults, seed: 'kept' };
    expect(decodeHash('v=2&seed=new&hide=hardware', lastGood).state).toBe(lastGood);
  });
});
