// Cross-reference checks: ids, axes, selectors and metrics must point at something that exists.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario/parse';
import { MAX_ROW_COUNT } from '../../../src/core/scenario/references';
import { minimalScenario } from './fixtures';

const VARIANTS = [
  { id: 'near', label: 'Near', params: { 'network.rttMs': 1 } },
  { id: 'far', label: 'Far', params: { 'network.rttMs': 100 } },
];
const SWEEP = { axes: [{ path: 'network.uploadMbps', values: [10, 100] }] };

function errors(extra: Record<string, unknown>) {
  const outcome = parseScenario(minimalScenario({ variants: VARIANTS, sweep: SWEEP, ...extra }));
  return outcome.ok ? [] : outcome.errors;
}

const threshold = (where: unknown) => ({ type: 'threshold', metric: 'stepTimeS', where, max: 1 });

describe('scenario cross-references', () => {
  it('accepts a where that names the variant and every axis', () => {
    expect(errors({ expect: [threshold({ variant: 'far', point: { 'network.uploadMbps': 100 } })] })).toEqual(
      [],
    );
  });

  it('rejects a where that selects several rows, saying how many', () => {
    expect(errors({ expect: [threshold({ variant: 'far' })] })).toEqual([
      {
        path: 'expect[0].where',
        message:
          'must select exactly one row; variant "far" selects 2 (name the variant and a value for every axis)',
      },
    ]);
  });

  it('rejects a where that selects no row', () => {
    const found = errors({ expect: [threshold({ variant: 'far', point: { 'network.uploadMbps': 50 } })] });
    expect(found[0]?.message).toContain('selects 0');
  });

  it('rejects an unknown variant and a point path that is not an axis', () => {
    const found = errors({ expect: [threshold({ variant: 'middle', point: { 'network.rttMs': 1 } })] });
    expect(found.map((error) => error.path)).toEqual([
      'expect[0].where.variant',
      'expect[0].where.point.network.rttMs',
    ]);
    expect(found[0]?.message).toBe('no variant "middle"; variants: near, far');
  });

  it('rejects a trend along a path that is not swept', () => {
    const found = errors({
      expect: [{ type: 'trend', metric: 'stepTimeS', along: 'network.rttMs', direction: 'increasing' }],
    });
    expect(found).toEqual([
      { path: 'expect[0].along', message: 'not a sweep axis; axes: network.uploadMbps' },
    ]);
  });

  it('rejects an unknown metric with a suggestion, and a band without Monte Carlo', () => {
    const found = errors({
      expect: [
        { ...threshold({ variant: 'far', point: { 'network.uploadMbps': 10 } }), metric: 'stepTimeSeconds' },
        { ...threshold({ variant: 'far', point: { 'network.uploadMbps': 10 } }), metric: 'stepTimeS.p90' },
      ],
    });
    expect(found[0]).toEqual({
      path: 'expect[0].metric',
      message: 'unknown metric "stepTimeSeconds" (did you mean "stepTimeS"?)',
    });
    expect(found[1]?.message).toContain('set monteCarlo.runCount above 0');
  });

  it('needs a bound on threshold and ratio, and a published value unless the tolerance is a range', () => {
    const where = { variant: 'far', point: { 'network.uploadMbps': 10 } };
    const found = errors({
      expect: [
        { type: 'threshold', metric: 'stepTimeS', where },
        { type: 'matches', caseId: 'c', label: 'l', metric: 'stepTimeS', where, tolerance: { factor: 2 } },
        {
          type: 'matches',
          caseId: 'c',
          label: 'l',
          metric: 'stepTimeS',
          where,
          tolerance: { range: [1, 2] },
        },
      ],
    });
    expect(found).toEqual([
      { path: 'expect[0]', message: 'needs "min", "max" or both' },
      { path: 'expect[1].published', message: 'required unless the tolerance is a range' },
    ]);
  });

  it('rejects duplicate variant ids and duplicate axes', () => {
    expect(errors({ variants: [VARIANTS[0], VARIANTS[0]] })[0]?.path).toBe('variants[1].id');
    const axis = { path: 'network.uploadMbps', values: [1] };
    expect(errors({ sweep: { axes: [axis, axis] } })[0]?.path).toBe('sweep.axes[1].path');
  });

  it('rejects zipped axes of different lengths', () => {
    const sweep = {
      mode: 'zip',
      axes: [
        { path: 'network.uploadMbps', values: [1, 2, 3] },
        { path: 'network.downloadMbps', values: [1, 2] },
      ],
    };
    expect(errors({ sweep })).toEqual([
      { path: 'sweep.axes', message: 'zip mode needs axes of equal length; got 3, 2' },
    ]);
  });

  it('rejects a sweep that expands past the row limit', () => {
    const axis = (path: string) => ({ path, from: 1, to: 1000, steps: 1000, scale: 'linear' });
    const sweep = { axes: [axis('network.uploadMbps'), axis('network.downloadMbps')] };
    expect(errors({ sweep })[0]?.message).toBe(
      `expands to 2000000 rows (variants x sweep points); at most ${MAX_ROW_COUNT} are allowed: use fewer variants or sweep values`,
    );
  });
});
