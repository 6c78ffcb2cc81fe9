// The Explore view's scenarios are valid scenario files, the worker's computation equals the core runner's
// to the byte, and the sweep covers the swept parameter's whole range.
import { describe, expect, it } from 'vitest';
import { requestFor, sweepPointsOf } from '../../../src/app/compute/scheduler';
import { changedParams, SWEEP_STEP_COUNT, sweepScenario } from '../../../src/app/scenario/exploreScenarios';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewState';
import { defaultParams, setParam } from '../../../src/core/params/table';
import { parseScenario, runScenario } from '../../../src/core/scenario/index';
import { runRequest } from '../../../src/worker/runRequest';

const state = {
  ...DEFAULT_VIEW_STATE,
  params: setParam(defaultParams(), 'network.nodeCount', 40),
  sweepPath: 'network.rttMs',
};
const clock = () => 0;

describe('explore scenarios', () => {
  it('are valid scenario documents', () => {
    for (const document of requestFor(state).scenarios) {
      const parsed = parseScenario(document);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
  });

  it('carry only the parameters that differ from the defaults', () => {
    expect(changedParams(state.params)).toEqual({ 'network.nodeCount': 40 });
  });

  it('give the same bytes in the worker function as the core runner', () => {
    const response = runRequest({ id: 7, ...requestFor(state) }, clock);
    expect(response.kind).toBe('result');
    if (response.kind !== 'result') return;
    const parsed = parseScenario(sweepScenario(state));
    if (!parsed.ok) throw new Error('invalid sweep scenario');
    expect(JSON.stringify(response.runs[1]?.result)).toBe(JSON.stringify(runScenario(parsed.scenario)));
    const again = runRequest({ id: 8, ...requestFor(state) }, clock);
    expect(again.kind === 'result' && JSON.stringify(again.runs)).toBe(JSON.stringify(response.runs));
  });

  it('sweep the whole allowed range of the parameter', () => {
    const response = runRequest({ id: 1, ...requestFor(state) }, clock);
    if (response.kind !== 'result') throw new Error('run failed');
    const values = sweepPointsOf(response, 'network.rttMs').map((point) => point.value);
    expect(values).toHaveLength(SWEEP_STEP_COUNT);
    expect(values[0]).toBe(0.001);
    expect(values[values.length - 1]).toBe(2000);
  });

  it('report invalid documents with field errors instead of results', () => {
    const response = runRequest(
      { id: 2, scenarios: [{ schemaVersion: 1, id: 'Bad Id' }], check: false },
      clock,
    );
    expect(response.kind).toBe('error');
    if (response.kind !== 'error') return;
    expect(response.fieldErrors.map((error) => error.path)).toContain('id');
  });
});
