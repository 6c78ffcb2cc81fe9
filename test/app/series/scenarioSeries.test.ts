// Scenario chart preparation: one line per variant along the sweep, bars per variant without a sweep.
import { describe, expect, it } from 'vitest';
import { defaultScenarioMetric, scenarioSeries } from '../../../src/app/series/scenarioSeries';
import { parseScenario, runScenario } from '../../../src/core/scenario/index';
import type { ScenarioRun } from '../../../src/worker/protocol';

function runOf(document: unknown): ScenarioRun {
  const parsed = parseScenario(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { scenario: parsed.scenario, result: runScenario(parsed.scenario), outcomes: [] };
}

const base = {
  schemaVersion: 1,
  id: 'test-scenario',
  title: 'Test',
  description: 'A test.',
  claim: { text: 'none', source: 'test' },
  variants: [
    { id: 'near', label: 'Near', params: { 'network.rttMs': 10 } },
    { id: 'far', label: 'Far', params: { 'network.rttMs': 200 } },
  ],
};

describe('scenarioSeries', () => {
  it('draws one line per variant along the first sweep axis', () => {
    const run = runOf({ ...base, sweep: { axes: [{ path: 'network.nodeCount', values: [2, 8, 32] }] } });
    const set = scenarioSeries(run, 'stepTimeS');
    expect(set.kind).toBe('lines');
    expect(set.lines.map((line) => line.label)).toEqual(['Near', 'Far']);
    expect(set.lines[0]?.x).toEqual([2, 8, 32]);
    const farRows = run.result.rows.filter((row) => row.variant === 'far');
    expect(set.lines[1]?.y).toEqual(farRows.map((row) => row.result.metrics.stepTimeS));
    expect(set.xTitle).toBe('Nodes (count)');
  });

  it('draws bars per variant when there is no sweep', () => {
    const set = scenarioSeries(runOf(base), 'stepTimeS');
    expect(set.kind).toBe('bars');
    expect(set.lines[0]?.x).toEqual(['Near', 'Far']);
  });

  it('picks the metric of the first assertion by default', () => {
    const run = runOf({
      ...base,
      expect: [{ type: 'threshold', metric: 'stepTimeS', where: { variant: 'near' }, min: 0 }],
    });
    expect(defaultScenarioMetric(run)).toBe('stepTimeS');
  });
});
