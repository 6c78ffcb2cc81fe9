// Running a scenario: rows in order, byte-identical results for the same seed, per-row seeds that do not
// depend on the order of variants, and overrides that change the parameters evaluated.
import { describe, expect, it } from 'vitest';
import { getParam } from '../../../src/core/params/table';
import { parseScenario } from '../../../src/core/scenario/parse';
import { rowSeed, runScenario } from '../../../src/core/scenario/run';
import type { Scenario } from '../../../src/core/scenario/types';
import { minimalScenario } from './fixtures';

const VARIANTS = [
  { id: 'steady', label: 'Steady', params: { 'heterogeneity.speedSigma': 0.2 } },
  { id: 'jittery', label: 'Jittery', params: { 'heterogeneity.speedSigma': 0.5 } },
];

function scenarioOf(extra: Record<string, unknown> = {}): Scenario {
  const outcome = parseScenario(
    minimalScenario({
      seed: 'run-test',
      variants: VARIANTS,
      sweep: { axes: [{ path: 'network.nodeCount', values: [2, 8] }] },
      monteCarlo: { runCount: 8, stepCount: 10 },
      ...extra,
    }),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.scenario;
}

describe('runScenario', () => {
  it('evaluates variants x points, reporting progress', () => {
    const progress: Array<[number, number]> = [];
    const result = runScenario(scenarioOf(), { onRow: (done, total) => progress.push([done, total]) });
    expect(result.rows.map((row) => [row.variant, row.point['network.nodeCount']])).toEqual([
      ['steady', 2],
      ['steady', 8],
      ['jittery', 2],
      ['jittery', 8],
    ]);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(result.scenarioId).toBe('test-scenario');
    expect(Object.keys(result.rows[0]?.result.bands ?? {})).toContain('stepTimeS');
  });

  it('gives byte-identical results for the same seed', () => {
    expect(JSON.stringify(runScenario(scenarioOf()))).toBe(JSON.stringify(runScenario(scenarioOf())));
  });

  it('gives each row the same Monte Carlo draws whatever the order of variants', () => {
    const forward = runScenario(scenarioOf()).rows;
    const reversed = runScenario(scenarioOf({ variants: [...VARIANTS].reverse() })).rows;
    for (const row of forward) {
      const twin = reversed.find(
        (other) =>
          other.variant === row.variant &&
          other.point['network.nodeCount'] === row.point['network.nodeCount'],
      );
      expect(twin?.result.bands).toEqual(row.result.bands);
    }
  });

  it('changes the Monte Carlo bands when the seed changes', () => {
    const first = runScenario(scenarioOf()).rows[3]?.result.bands.stepTimeS;
    const second = runScenario(scenarioOf(), { seed: 'another' }).rows[3]?.result.bands.stepTimeS;
    expect(first).toBeDefined();
    expect(second).not.toEqual(first);
  });

  it('applies overrides to every row they are not overridden in', () => {
    const result = runScenario(scenarioOf(), {
      overrides: { 'network.rttMs': 123, 'network.nodeCount': 50 },
    });
    for (const row of result.rows) {
      expect(getParam(row.params, 'network.rttMs')).toBe(123);
      expect(getParam(row.params, 'network.nodeCount')).toBe(row.point['network.nodeCount']);
    }
  });

  it('skips Monte Carlo without monteCarlo runs', () => {
    const result = runScenario(scenarioOf({ monteCarlo: { runCount: 0 } }));
    expect(result.rows.every((row) => Object.keys(row.result.bands).length === 0)).toBe(true);
  });

  it('derives row seeds from the seed, the variant and the point index only', () => {
    expect(rowSeed('s', 'v', 3)).toBe(rowSeed('s', 'v', 3));
    expect(
      new Set([rowSeed('s', 'v', 3), rowSeed('s', 'v', 4), rowSeed('s', 'w', 3), rowSeed('t', 'v', 3)]).size,
    ).toBe(4);
  });
});
