// The layering of values: defaults, scenario presets, scenario params, overrides, variant presets, variant
// params, sweep values, each overriding the ones before; and where each value came from.
import { describe, expect, it } from 'vitest';
import { getParam } from '../../../src/core/params/table';
import { parseScenario } from '../../../src/core/scenario/parse';
import { resolveRows } from '../../../src/core/scenario/resolve';
import type { Scenario } from '../../../src/core/scenario/types';
import { minimalScenario } from './fixtures';

function scenarioOf(extra: Record<string, unknown>): Scenario {
  const outcome = parseScenario(minimalScenario(extra));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.scenario;
}

describe('resolveRows', () => {
  const scenario = scenarioOf({
    params: { 'network.rttMs': 10, 'network.uploadMbps': 10, 'network.downloadMbps': 10 },
    variants: [
      { id: 'plain', label: 'Plain' },
      { id: 'custom', label: 'Custom', params: { 'network.uploadMbps': 20, 'network.downloadMbps': 20 } },
    ],
    sweep: { axes: [{ path: 'network.downloadMbps', values: [30, 40] }] },
  });

  it('makes variants x points rows, variants outer', () => {
    const rows = resolveRows(scenario);
    expect(rows.map((row) => [row.variant, row.pointIndex])).toEqual([
      ['plain', 0],
      ['plain', 1],
      ['custom', 0],
      ['custom', 1],
    ]);
  });

  it('lets later layers win, and records where each value came from', () => {
    const rows = resolveRows(scenario, { 'network.rttMs': 99, 'network.uploadMbps': 99 });
    const custom = rows[3];
    expect(getParam(custom?.params ?? rows[0]!.params, 'network.rttMs')).toBe(99);
    expect(getParam(custom!.params, 'network.uploadMbps')).toBe(20);
    expect(getParam(custom!.params, 'network.downloadMbps')).toBe(40);
    expect(getParam(rows[0]!.params, 'network.uploadMbps')).toBe(99);
    expect(custom?.origins).toMatchObject({
      'network.rttMs': '--set network.rttMs',
      'network.uploadMbps': 'variants[1].params.network.uploadMbps',
      'network.downloadMbps': 'sweep.axes[0] (network.downloadMbps = 40)',
    });
  });

  it('names the implicit variant "base" and leaves table defaults without an origin', () => {
    const rows = resolveRows(scenarioOf({}));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.variant).toBe('base');
    expect(rows[0]?.origins).toEqual({});
  });

  it('applies presets before params', () => {
    const rows = resolveRows(
      scenarioOf({ presets: { network: 'datacentre' }, params: { 'network.linkEfficiencyFraction': 0.5 } }),
    );
    expect(getParam(rows[0]!.params, 'network.linkEfficiencyFraction')).toBe(0.5);
    expect(rows[0]?.origins['network.rttMs']).toBe('presets.network ("datacentre")');
  });

  it('does not change the scenario it expands', () => {
    const before = JSON.stringify(scenario);
    resolveRows(scenario, { 'network.rttMs': 5 });
    expect(JSON.stringify(scenario)).toBe(before);
  });
});
