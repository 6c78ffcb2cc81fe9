// The Explore view's scenarios are valid scenario files, the worker's computation equals the core runner's
// to the byte, the fast pass's analytic-only sweep gives the charted metric exactly as the full runner does,
// and the sweep covers the swept parameter's whole range.
import { describe, expect, it } from 'vitest';
import { bandsRequest, fastRequest, sweepPointsOf } from '../../../src/app/compute/scheduler';
import {
  changedParams,
  SWEEP_COARSE_STEP_COUNT,
  SWEEP_STEP_COUNT,
  sweepExclusion,
  sweepScenario,
} from '../../../src/app/scenario/exploreScenarios';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewState';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, setParam } from '../../../src/core/params/table';
import { parseScenario, runScenario } from '../../../src/core/scenario/index';
import type { PendingRequest, RunRequest } from '../../../src/worker/protocol';
import { runRequest } from '../../../src/worker/runRequest';
import { isBuiltRequest, runBuiltRequest } from '../../../src/worker/runScenarios';

const state = {
  ...DEFAULT_VIEW_STATE,
  params: setParam(defaultParams(), 'network.nodeCount', 40),
  sweepPath: 'network.rttMs',
};
const clock = () => 0;

/** The run request inside a pending request (the Explore view only sends runs). */
function runOf(request: PendingRequest): Omit<RunRequest, 'id'> {
  if (request.kind !== 'run') throw new Error(`expected a run request, got ${request.kind}`);
  return request;
}

describe('explore scenarios', () => {
  it('are valid scenario documents, already in the form the schema gives them', () => {
    for (const request of [bandsRequest(state), fastRequest(state)]) {
      const jobs = runOf(request).jobs;
      expect(jobs).toHaveLength(2);
      for (const job of jobs) {
        if (!('scenario' in job)) throw new Error('the Explore view sends built scenarios');
        const parsed = parseScenario(JSON.parse(JSON.stringify(job.scenario)));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        // Validation changes nothing: running the built scenario is running the file it saves as.
        expect(parsed.ok && parsed.scenario).toEqual(job.scenario);
      }
    }
  });

  it('give the same answer without the schema as with it, refusals included', () => {
    const runs = (request: PendingRequest) => ({ id: 1, ...runOf(request) });
    const mpc = setParam(state.params, 'privacy.technique', 'mpc');
    const threshold = (parties: number) =>
      setParam(setParam(mpc, 'mpc.partyCount', parties), 'mpc.collusionThresholdCount', 5);
    const cases = [
      { inputs: state, kind: 'result' },
      { inputs: { ...state, sweepPath: 'network.nodeCount' }, kind: 'result' },
      // The sweep would take the party count below the collusion threshold: those values are left out.
      { inputs: { ...state, params: threshold(5), sweepPath: 'mpc.partyCount' }, kind: 'result' },
      // Settings that break a cross-field rule themselves are refused.
      { inputs: { ...state, params: threshold(3) }, kind: 'error' },
      { inputs: { ...state, sweepPath: 'no.suchParameter' }, kind: 'error' },
      { inputs: { ...state, params: setParam(state.params, 'network.rttMs', -1) }, kind: 'error' },
    ];
    for (const { inputs, kind } of cases) {
      const request = runs(fastRequest(inputs));
      expect(isBuiltRequest(request)).toBe(true);
      const asDocuments = {
        ...request,
        jobs: request.jobs.map((job) => ({
          document: 'scenario' in job ? job.scenario : undefined,
          onlyMetric: job.onlyMetric,
        })),
      };
      const withoutSchema = runBuiltRequest(request, clock);
      const withSchema = runRequest(asDocuments, clock);
      expect(withoutSchema.kind).toBe(kind);
      if (kind === 'result') expect(withoutSchema).toStrictEqual(withSchema);
      else expect(withSchema.kind).toBe('error');
    }
  });

  it('carry only the parameters that differ from the defaults', () => {
    expect(changedParams(state.params)).toEqual({ 'network.nodeCount': 40 });
  });

  it('give the same bytes in the worker function as the core runner', () => {
    const response = runRequest({ id: 7, ...runOf(bandsRequest(state)) }, clock);
    expect(response.kind).toBe('result');
    if (response.kind !== 'result') return;
    const parsed = parseScenario(sweepScenario(state));
    if (!parsed.ok) throw new Error('invalid sweep scenario');
    expect(JSON.stringify(response.runs[1]?.result)).toBe(JSON.stringify(runScenario(parsed.scenario)));
    const again = runRequest({ id: 8, ...runOf(bandsRequest(state)) }, clock);
    expect(again.kind === 'result' && JSON.stringify(again.runs)).toBe(JSON.stringify(response.runs));
  });

  it('give the charted metric of the full runner in the fast pass, without the trilemma counterfactuals', () => {
    for (const sweepMetric of ['throughputTokensPerS', 'stepCommunicationS']) {
      const fast = runRequest({ id: 3, ...runOf(fastRequest({ ...state, sweepMetric })) }, clock);
      const full = runRequest({ id: 4, ...runOf(bandsRequest({ ...state, sweepMetric })) }, clock);
      if (fast.kind !== 'result' || full.kind !== 'result') throw new Error('run failed');
      const values = (response: typeof fast) =>
        sweepPointsOf(response, 'network.rttMs').map((point) => [
          point.value,
          point.result.metrics[sweepMetric],
        ]);
      // The coarse pass is every third point of the full sweep, at exactly the same values.
      expect(values(fast)).toHaveLength(SWEEP_COARSE_STEP_COUNT);
      expect(values(fast)).toEqual(values(full).filter((_, index) => index % 3 === 0));
      expect(values(fast).every(([, value]) => typeof value === 'number')).toBe(true);
      const fastMetrics = fast.runs[1]?.result.rows[0]?.result.metrics ?? {};
      expect(fastMetrics.toleratedAdversaryFraction).toBeUndefined();
      expect(fast.runs[0]?.result.rows[0]?.result.metrics.toleratedAdversaryFraction).toBeTypeOf('number');
    }
  });

  it('fall back to the full runner when the charted metric needs it', () => {
    const sweepMetric = 'toleratedAdversaryFraction';
    const fast = runRequest({ id: 5, ...runOf(fastRequest({ ...state, sweepMetric })) }, clock);
    if (fast.kind !== 'result') throw new Error('run failed');
    const values = sweepPointsOf(fast, 'network.rttMs').map((point) => point.result.metrics[sweepMetric]);
    expect(values.every((value) => typeof value === 'number')).toBe(true);
  });

  it('sweep the whole allowed range of the parameter', () => {
    const response = runRequest({ id: 1, ...runOf(bandsRequest(state)) }, clock);
    if (response.kind !== 'result') throw new Error('run failed');
    const values = sweepPointsOf(response, 'network.rttMs').map((point) => point.value);
    expect(values).toHaveLength(SWEEP_STEP_COUNT);
    expect(values[0]).toBe(0.001);
    expect(values[values.length - 1]).toBe(2000);
  });

  it('report invalid documents with field errors instead of results', () => {
    const response = runRequest(
      { id: 2, kind: 'run', jobs: [{ document: { schemaVersion: 1, id: 'Bad Id' } }], check: false },
      clock,
    );
    expect(response.kind).toBe('error');
    if (response.kind !== 'error') return;
    expect(response.fieldErrors.map((error) => error.path)).toContain('id');
  });

  it('leave out exactly the swept values that break a cross-field rule, and say which rules', () => {
    const mpc = setParam(setParam(state.params, 'privacy.technique', 'mpc'), 'mpc.partyCount', 5);
    const inputs = {
      ...state,
      params: setParam(mpc, 'mpc.collusionThresholdCount', 5),
      sweepPath: 'mpc.partyCount',
    };
    const exclusion = sweepExclusion(inputs);
    expect(exclusion?.values).toContain(2);
    expect(exclusion?.reasons.some((reason) => reason.includes('mpc.collusionThresholdCount'))).toBe(true);
    const axis = sweepScenario(inputs).sweep?.axes[0];
    const swept = axis && 'values' in axis ? (axis.values ?? []) : [];
    expect(swept.length).toBeGreaterThan(0);
    for (const value of swept) {
      expect(exclusion?.values).not.toContain(value);
      expect(paramConstraintErrors(setParam(inputs.params, 'mpc.partyCount', value as number))).toEqual([]);
    }
    expect(sweepExclusion(state)).toBeNull();
  });
});
