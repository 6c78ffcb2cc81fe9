// The claim report's display: every histogram bin lands in exactly one group, on the right side of the claim,
// and each belief row names the source of its range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beliefViews, histogramSeries } from '../../../src/app/series/claimSeries';
import { checkClaim, parseClaimText } from '../../../src/core/claims/index';
import { runClaimRequest } from '../../../src/worker/claimJob';

const text = readFileSync('scenarios/claims/petals-bloom-interactive.json', 'utf8');

function report(runCount: number, value: number) {
  const parsed = parseClaimText(text);
  if (!parsed.ok) throw new Error('invalid claim');
  return checkClaim({ ...parsed.claim, claim: { ...parsed.claim.claim, value } }, { runCount });
}

describe('claim series', () => {
  it('splits the histogram by the side of an at-most claim, keeping every draw', () => {
    const checked = report(100, 0.3);
    const series = histogramSeries(checked);
    const total = series.groups.flatMap((group) => group.count).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(checked.distribution.finiteCount);
    const holds = series.groups.find((group) => group.role === 'holds');
    const fails = series.groups.find((group) => group.role === 'fails');
    holds?.x.forEach((center, index) => {
      expect(center + (holds.width[index] ?? 0) / 2).toBeLessThanOrEqual(0.3);
    });
    fails?.x.forEach((center, index) => {
      expect(center - (fails.width[index] ?? 0) / 2).toBeGreaterThanOrEqual(0.3);
    });
    expect(series.claimedValue).toBe(0.3);
  });

  it('zooms to the draws and points at a claimed value far off them', () => {
    const checked = report(60, 1e6);
    const series = histogramSeries(checked);
    const { min, max } = checked.distribution;
    expect(series.xRange).not.toBeNull();
    const [low, high] = series.xRange ?? [0, 0];
    expect(low).toBeLessThanOrEqual(min);
    expect(high).toBeGreaterThanOrEqual(max);
    expect(high).toBeLessThan(1e6);
    expect(series.claimedOffChart).toBe('right');
    expect(histogramSeries(report(60, checked.distribution.p50)).claimedOffChart).toBeNull();
  });

  it('names the source of every range the worker reports', () => {
    const response = runClaimRequest({ id: 1, kind: 'claim', text, runCount: 50 }, () => 0);
    if (response.kind !== 'claim') throw new Error('check failed');
    const rows = beliefViews(response.report, response.inputSources);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.source).not.toContain('not given');
      expect(response.inputSources[row.path]?.length).toBeGreaterThan(10);
    }
  });

  it('reports every bad field of a claim file from the worker', () => {
    const response = runClaimRequest(
      { id: 2, kind: 'claim', text: '{"schemaVersion": 1, "id": "Bad Id"}' },
      () => 0,
    );
    expect(response.kind).toBe('error');
    if (response.kind !== 'error') return;
    expect(response.fieldErrors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['id', 'title', 'claim']),
    );
  });
});
