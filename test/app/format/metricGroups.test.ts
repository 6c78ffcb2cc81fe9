// The metric picker's groups: by corner, money and energy as Cost, only finite metrics the point reports.
import { describe, expect, it } from 'vitest';
import { groupedMetricNames, metricGroup } from '../../../src/app/format/metricGroups';
import { evaluatePoint } from '../../../src/core/engine/evaluate';
import { defaultParams, setParams } from '../../../src/core/params/table';

describe('groupedMetricNames', () => {
  it('groups by corner with cost apart, and offers only what the job reports', () => {
    const plain = evaluatePoint(defaultParams()).metrics;
    const groups = groupedMetricNames(plain, 'throughputTokensPerS');
    const titles = groups.map((group) => group.title);
    expect(titles.slice(0, 4)).toEqual(['Performance', 'Verifiability', 'Privacy', 'Cost']);
    expect(metricGroup('costPerMillionTokensUsd')).toBe('cost');
    expect(metricGroup('throughputTokensPerS')).toBe('performance');
    const offered = groups.flatMap((group) => group.names);
    expect(offered).not.toContain('provingTimeS');
    const zk = evaluatePoint(
      setParams(defaultParams(), { 'verification.technique': 'zero-knowledge' }),
    ).metrics;
    expect(groupedMetricNames(zk, 'throughputTokensPerS').flatMap((g) => g.names)).toContain('provingTimeS');
  });

  it('drops non-finite metrics but keeps the one on the chart', () => {
    const groups = groupedMetricNames({ stepTimeS: Number.NaN, throughputTokensPerS: 1 }, 'stepTimeS');
    expect(groups.flatMap((group) => group.names).sort()).toEqual(['stepTimeS', 'throughputTokensPerS']);
    const without = groupedMetricNames(
      { stepTimeS: Number.NaN, throughputTokensPerS: 1 },
      'throughputTokensPerS',
    );
    expect(without.flatMap((group) => group.names)).toEqual(['throughputTokensPerS']);
  });
});
