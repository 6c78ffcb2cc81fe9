// The link format: any valid state survives encode -> decode exactly; links name only what differs from the
// defaults; bad fields are named one by one while the good ones apply.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_CONFIGS } from '../../../src/app/store/compareSlice';
import { KEPT_PREFIXES } from '../../../src/app/url/compareKeys';
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
        fc.pre(state.keptConfigs.every((kept) => paramConstraintErrors(kept).length === 0));
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

  it("keeps the Compare view's configurations C and D", () => {
    const paramsB = setParam(defaultParams(), 'network.rttMs', 200);
    const c = setParam(defaultParams(), 'privacy.technique', 'tee');
    const state = { ...defaults, view: 'compare' as const, paramsB, keptConfigs: [c, defaultParams()] };
    const hash = encodeHash(state);
    // D is all defaults: kept=2 alone says that it exists.
    expect(hash).toBe('v=1&view=compare&cmp=1&B:network.rttMs=200&kept=2&C:privacy.technique=tee');
    expect(decodeHash(hash)).toEqual({ errors: [], state });
    // One link prefix per configuration the Compare view can keep.
    expect(KEPT_PREFIXES.length).toBe(MAX_KEPT_CONFIGS);
    // Without a B the link carries no kept configurations (they are kept from B).
    expect(encodeHash({ ...defaults, keptConfigs: [c] })).toBe('v=1');
  });

  it('opens a link written before C and D were shared with none kept', () => {
    const lastGood = { ...defaults, paramsB: defaultParams(), keptConfigs: [defaultParams()] };
    const decoded = decodeHash('v=1&cmp=1&B:network.rttMs=200', lastGood);
    expect(decoded.errors).toEqual([]);
    expect(decoded.state.paramsB?.network.rttMs).toBe(200);
    expect(decoded.state.keptConfigs).toEqual([]);
  });

  it('names every bad field of a tampered C or D and keeps their last good values', () => {
    const lastC = setParam(defaultParams(), 'network.rttMs', 42);
    const lastGood = { ...defaults, paramsB: defaultParams(), keptConfigs: [lastC] };
    const decoded = decodeHash(
      'v=1&cmp=1&kept=2&C:network.rttMs=-5&C:network.nodeCount=40&D:network.bogus=1&D:network.nodeCount=0x10',
      lastGood,
    );
    const byPath = new Map(decoded.errors.map((error) => [error.path, error.message]));
    // An unknown key is quoted, as for A and B.
    expect([...byPath.keys()].sort()).toEqual([
      '"D:network.bogus"',
      'C:network.rttMs',
      'D:network.nodeCount',
    ]);
    expect(byPath.get('C:network.rttMs')).toMatch(/^Round-trip time .*0\.001.*2000/);
    expect(byPath.get('D:network.nodeCount')).toMatch(/^Nodes /);
    const [c, d] = decoded.state.keptConfigs;
    expect(c?.network.rttMs).toBe(42);
    expect(c?.network.nodeCount).toBe(40);
    expect(d?.network.nodeCount).toBe(defaultParams().network.nodeCount);
  });

  it('refuses a bad kept count, kept keys without their count, and an oversized value', () => {
    const cases: Array<[string, string[]]> = [
      ['v=1&cmp=1&kept=3', ['kept']],
      ['v=1&cmp=1&kept=1.0', ['kept']],
      ['v=1&cmp=1&kept=1&D:network.rttMs=5', ['kept']],
      ['v=1&cmp=1&C:network.rttMs=5', ['kept']],
      ['v=1&kept=1', ['kept']],
      [`v=1&cmp=1&kept=1&C:network.rttMs=${'1'.repeat(5000)}`, ['C:network.rttMs']],
    ];
    for (const [hash, paths] of cases) expect(errorPaths(hash)).toEqual(paths);
    // Oversized texts are refused with the field named, and echoed cut short.
    const longValue = decodeHash(`v=1&cmp=1&kept=1&C:network.rttMs=${'1'.repeat(5000)}`).errors;
    expect(longValue[0]?.message).toMatch(/^Round-trip time /);
    expect(longValue[0]?.message.length).toBeLessThan(300);
    const longName = decodeHash(`v=1&cmp=1&kept=1&C:${'x'.repeat(5000)}=1`).errors;
    expect(longName.length).toBe(1);
    expect(longName[0]?.path.startsWith('"C:x')).toBe(true);
    expect(longName[0]?.path.length).toBeLessThan(300);
    expect(decodeHash(`v=1&cmp=1&kept=1&C:network.rttMs=${'1'.repeat(1_500_000)}`).errors[0]?.path).toBe(
      '(link)',
    );
  });

  it('applies nothing from a link of another format version', () => {
    const lastGood = { ...defaults, seed: 'kept' };
    expect(decodeHash('v=2&seed=new&hide=hardware', lastGood).state).toBe(lastGood);
  });
});
