// The per-area error of docs/validation.md: log errors of predictions, ranges, areas, peers and the data file.
import { describe, expect, it } from 'vitest';
import { areaErrorData, areaErrorRows, log10Error, unmappedCaseIds } from '../../src/cli/areaErrors';
import type { ValidationEntry } from '../../src/cli/validationReport';

const entry = (fields: Partial<ValidationEntry>): ValidationEntry => ({
  caseId: 'mpc-a',
  label: 'figure',
  metric: 'securePassTimeS',
  file: 'a.json',
  tolerance: 'within ±50%',
  passed: true,
  detail: '',
  basis: 'prediction',
  ...fields,
});

describe('log10Error', () => {
  it('is |log10(model / published)|, the same for a factor either way', () => {
    expect(log10Error({ model: 20, published: 10 })).toBeCloseTo(Math.log10(2), 12);
    expect(log10Error({ model: 5, published: 10 })).toBeCloseTo(Math.log10(2), 12);
  });

  it('is the distance to the nearer end of a range, 0 inside', () => {
    expect(log10Error({ model: 5, range: [2, 8] })).toBe(0);
    expect(log10Error({ model: 16, range: [2, 8] })).toBeCloseTo(Math.log10(2), 12);
    expect(log10Error({ model: 1, range: [2, 8] })).toBeCloseTo(Math.log10(2), 12);
  });

  it('is undefined without positive values', () => {
    expect(log10Error({ model: 0.01, published: 0 })).toBeUndefined();
    expect(log10Error({ model: -1, published: 2 })).toBeUndefined();
    expect(log10Error({ published: 2 })).toBeUndefined();
  });
});

describe('areaErrorRows', () => {
  const areas = new Map([
    ['mpc-a', 'privacy/mpc'],
    ['fhe-a', '5-fhe'],
  ]);
  const entries = [
    entry({ model: 10, published: 10 }),
    entry({ model: 40, published: 10, passed: false }),
    entry({ model: 3, published: 0 }),
    entry({ model: 100, published: 1, basis: 'fitted' }),
    entry({ caseId: 'fhe-a', model: 2, published: 1, basis: 'input-echo' }),
    entry({ caseId: 'other', model: 1, published: 1 }),
  ];

  it('counts and summarises only the predictions of each area, failures included', () => {
    const mpc = areaErrorRows(entries, [], areas).find((row) => row.area === 'mpc');
    expect(mpc).toMatchObject({
      predictionCount: 3,
      measuredCount: 2,
      withinFactor2Count: 1,
      fittedCount: 1,
      echoCount: 0,
      unmeasured: ['figure'],
    });
    expect(mpc?.medianLog10Error).toBeCloseTo(Math.log10(4) / 2, 12);
    expect(mpc?.p90Log10Error).toBeCloseTo(0.9 * Math.log10(4), 12);
    const fhe = areaErrorRows(entries, [], areas).find((row) => row.area === 'fhe');
    expect(fhe).toMatchObject({ predictionCount: 0, echoCount: 1, medianLog10Error: null });
  });

  it('puts peer comparisons beside the area named by the peer id, not among its predictions', () => {
    const peers = [entry({ caseId: 'erdil-limits-3-months-1e26', model: 2, published: 1, passed: false })];
    const limits = areaErrorRows([], peers, areas).find((row) => row.area === 'limits');
    expect(limits?.predictionCount).toBe(0);
    expect(limits?.peers).toEqual({
      count: 1,
      passedCount: 0,
      measuredCount: 1,
      medianLog10Error: Math.log10(2),
    });
  });

  it('names cases that belong to no area, and writes rounded data for the core', () => {
    expect(unmappedCaseIds(entries, areas)).toEqual(['other']);
    const data = areaErrorData(areaErrorRows(entries, [], areas));
    expect(data.mpc?.p90Log10Error).toBe(Number((0.9 * Math.log10(4)).toPrecision(4)));
    expect(data.zk).toEqual({
      predictionCount: 0,
      measuredCount: 0,
      withinFactor2Count: 0,
      medianLog10Error: null,
      p90Log10Error: null,
    });
  });
});
