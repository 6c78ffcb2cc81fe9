// The Compare view's tables: changed assumptions are exactly the differing parameters with their units, and
// the key metrics carry B/A and the better side by the catalog's direction.
import { describe, expect, it } from 'vitest';
import { changedAssumptions, compareRows } from '../../../src/app/series/compareSeries';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, setParam } from '../../../src/core/params/table';

const a = defaultParams();
const b = setParam(setParam(a, 'network.nodeCount', 64), 'network.rttMs', 200);

describe('compare series', () => {
  it('lists exactly the parameters that differ, in table order, with units', () => {
    expect(changedAssumptions(a, a)).toEqual([]);
    expect(changedAssumptions(a, b).map((row) => [row.path, row.unit, row.aText, row.bText])).toEqual([
      ['network.nodeCount', 'count', String(a.network.nodeCount), '64'],
      ['network.rttMs', 'ms', String(a.network.rttMs), '200'],
    ]);
  });

  it('gives B/A and the better side, differing metrics first', () => {
    const rows = compareRows(evaluatePoint(a), evaluatePoint(b));
    const throughput = rows.find((row) => row.metric === 'throughputTokensPerS');
    const pointA = evaluatePoint(a).metrics.throughputTokensPerS ?? 0;
    const pointB = evaluatePoint(b).metrics.throughputTokensPerS ?? 0;
    expect(throughput?.verdict).toBe(pointB > pointA ? 'B better' : 'A better');
    expect(throughput?.ratioText).not.toBe('1×');
    const firstSame = rows.findIndex((row) => row.verdict === 'same');
    expect(rows.slice(firstSame).every((row) => row.verdict === 'same')).toBe(true);
    expect(rows.some((row) => row.metric === 'toleratedAdversaryFraction')).toBe(true);
  });

  it('says "same" for every metric when A and B are equal', () => {
    const rows = compareRows(evaluatePoint(a), evaluatePoint(a));
    expect(
      rows
        .filter((row) => Number.isFinite(Number.parseFloat(row.aText)))
        .every((row) => row.verdict === 'same'),
    ).toBe(true);
  });
});
