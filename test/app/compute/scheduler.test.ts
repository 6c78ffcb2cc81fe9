// The Explore scheduler: a change shows expected values from the fast worker at once, the bands follow once the
// input rests, a newer change stops a running band pass, and Cancel leaves the expected values on screen.
import { describe, expect, it } from 'vitest';
import { createJobRunner } from '../../../src/app/compute/jobRunner';
import { BANDS_DELAY_MS, type Gate, startScheduler, type Timers } from '../../../src/app/compute/scheduler';
import type { RequestPort } from '../../../src/app/compute/workerClient';
import { createAppStore } from '../../../src/app/store/store';
import type { RunRequest, WorkerRequest, WorkerResponse } from '../../../src/worker/protocol';
import { runRequest } from '../../../src/worker/runRequest';

/** A port that answers with the real computation when the test says so. */
function manualPort() {
  const state = {
    posted: [] as RunRequest[],
    closed: false,
    listener: (_: WorkerResponse): void => undefined,
  };
  const port: RequestPort = {
    post: (request: WorkerRequest) => {
      if (request.kind === 'run') state.posted.push(request);
    },
    listen: (listener) => {
      state.listener = listener;
    },
    close: () => {
      state.closed = true;
    },
  };
  const answerLast = () => {
    const request = state.posted.at(-1);
    if (request) state.listener(runRequest(request, () => 0));
  };
  return { state, port, answerLast };
}

/** Timers run by hand. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; delayMs: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (callback, delayMs) => {
      pending.set(next, { callback, delayMs });
      next += 1;
      return next - 1;
    },
    clearTimeout: (handle) => pending.delete(handle),
  };
  const runAll = () => {
    for (const [handle, timer] of [...pending]) {
      pending.delete(handle);
      timer.callback();
    }
  };
  return { timers, pending, runAll };
}

/** A gate opened by hand: callbacks wait until open() is called. */
function manualGate() {
  const waiting: Array<() => void> = [];
  let isOpen = false;
  const gate: Gate = (callback) => {
    if (isOpen) callback();
    else waiting.push(callback);
  };
  const open = () => {
    isOpen = true;
    for (const callback of waiting.splice(0)) callback();
  };
  return { gate, open };
}

function setup(bandsGate?: Gate) {
  const fast = manualPort();
  const bandPorts: Array<ReturnType<typeof manualPort>> = [];
  const runner = createJobRunner(() => {
    const port = manualPort();
    bandPorts.push(port);
    return port.port;
  });
  const clock = manualTimers();
  const store = createAppStore();
  startScheduler(store, fast.port, runner, clock.timers, bandsGate);
  return { fast, bandPorts, clock, store };
}

describe('explore scheduler', () => {
  it('shows expected values first, then bands after the input rests', () => {
    const { fast, bandPorts, clock, store } = setup();
    expect(store.getState().status).toBe('computing');
    fast.answerLast();
    expect(store.getState().status).toBe('refining');
    expect(store.getState().sweepRun).toBeNull();
    expect([...clock.pending.values()].map((timer) => timer.delayMs)).toEqual([BANDS_DELAY_MS]);
    clock.runAll();
    expect(store.getState().jobs.bands.status).toBe('running');
    bandPorts[0]?.answerLast();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().sweepRun?.rows).toHaveLength(25);
    expect(Object.keys(store.getState().point?.bands ?? {}).length).toBeGreaterThan(0);
  });

  it('stops a running band pass when the input changes, and never shows its result', () => {
    const { fast, bandPorts, clock, store } = setup();
    fast.answerLast();
    clock.runAll();
    store.getState().setValue('network.nodeCount', 40);
    expect(bandPorts[0]?.state.closed).toBe(true);
    expect(store.getState().jobs.bands.status).toBe('idle');
    bandPorts[0]?.answerLast();
    expect(store.getState().status).toBe('computing');
    fast.answerLast();
    expect(store.getState().computedParams?.network.nodeCount).toBe(40);
  });

  it('keeps the expected values when the bands are cancelled, and computes them on request', () => {
    const { fast, bandPorts, clock, store } = setup();
    fast.answerLast();
    clock.runAll();
    store.getState().cancelJob('bands');
    expect(bandPorts[0]?.state.closed).toBe(true);
    expect(store.getState().status).toBe('partial');
    expect(store.getState().sweepPoints).toHaveLength(9);
    store.getState().queueJob('bands');
    bandPorts[1]?.answerLast();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().sweepPoints).toHaveLength(25);
  });

  it('holds the band pass at the gate, and drops it if the input changed meanwhile', () => {
    const gate = manualGate();
    const { fast, bandPorts, clock, store } = setup(gate.gate);
    fast.answerLast();
    clock.runAll();
    expect(bandPorts).toHaveLength(0);
    expect(store.getState().jobs.bands.status).not.toBe('running');
    store.getState().setValue('network.nodeCount', 40);
    fast.answerLast();
    clock.runAll();
    gate.open();
    expect(bandPorts).toHaveLength(1);
    expect(bandPorts[0]?.state.posted).toHaveLength(1);
    bandPorts[0]?.answerLast();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().computedParams?.network.nodeCount).toBe(40);
  });
});
