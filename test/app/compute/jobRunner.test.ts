// Long jobs: a newer job or a cancel stops the running worker at once (its handlers never fire), progress is
// passed on, and the job scheduler follows the store's cancel and run-again wishes.
import { describe, expect, it } from 'vitest';
import { createJobRunner } from '../../../src/app/compute/jobRunner';
import { startJobScheduler } from '../../../src/app/compute/jobScheduler';
import type { RequestPort } from '../../../src/app/compute/workerClient';
import { createAppStore } from '../../../src/app/store/store';
import type { WorkerRequest, WorkerResponse } from '../../../src/worker/protocol';

/** Fake workers: each port records its requests and whether it was terminated. */
function fakeWorkers() {
  const ports: Array<{
    posted: WorkerRequest[];
    closed: boolean;
    reply: (response: WorkerResponse) => void;
  }> = [];
  const makePort = (): RequestPort => {
    const entry = {
      posted: [] as WorkerRequest[],
      closed: false,
      reply: (_: WorkerResponse): void => undefined,
    };
    ports.push(entry);
    return {
      post: (request) => entry.posted.push(request),
      listen: (listener) => {
        entry.reply = listener;
      },
      close: () => {
        entry.closed = true;
      },
    };
  };
  return { ports, makePort };
}

const matrixRequest = {
  kind: 'matrix' as const,
  thresholds: { strongMinScore: 0.5, weakMaxScore: -0.5, robustMinShareFraction: 0.8 },
};
const done = (id: number): WorkerResponse => ({
  id,
  kind: 'matrix',
  result: { thresholds: matrixRequest.thresholds, cells: [] },
  computeMs: 1,
});

describe('job runner', () => {
  it('terminates a running job when a newer one starts, and never reports the old one', () => {
    const { ports, makePort } = fakeWorkers();
    const runner = createJobRunner(makePort);
    const heard: string[] = [];
    runner.run(matrixRequest, {
      onResult: () => heard.push('first'),
      onError: () => heard.push('first error'),
    });
    runner.run(matrixRequest, {
      onResult: () => heard.push('second'),
      onError: () => undefined,
      onProgress: (doneCount, total) => heard.push(`progress ${doneCount}/${total}`),
    });
    expect(ports).toHaveLength(2);
    expect(ports[0]?.closed).toBe(true);
    ports[0]?.reply(done(1));
    ports[1]?.reply({ id: 1, kind: 'progress', done: 3, total: 9 });
    ports[1]?.reply(done(1));
    expect(heard).toEqual(['progress 3/9', 'second']);
    expect(runner.isRunning()).toBe(false);
  });

  it('cancels a running job and reuses an idle worker', () => {
    const { ports, makePort } = fakeWorkers();
    const runner = createJobRunner(makePort);
    runner.run(matrixRequest, { onResult: () => undefined, onError: () => undefined });
    ports[0]?.reply(done(1));
    runner.run(matrixRequest, { onResult: () => undefined, onError: () => undefined });
    expect(ports).toHaveLength(1);
    runner.cancel();
    expect(ports[0]?.closed).toBe(true);
    expect(runner.isRunning()).toBe(false);
  });
});

describe('job scheduler', () => {
  it('runs the wanted job, stops it on cancel and runs it again when asked', () => {
    const { ports, makePort } = fakeWorkers();
    const store = createAppStore();
    startJobScheduler(store, createJobRunner(makePort), {
      job: 'matrix',
      label: 'Matrix',
      want: (state) =>
        state.view === 'matrix' ? { key: state.matrixThresholds, request: matrixRequest } : null,
      onResult: (target, response) => {
        if (response.kind === 'matrix') target.getState().storeMatrix(response.result);
      },
      onError: () => undefined,
    });
    expect(ports).toHaveLength(0);
    store.getState().setView('matrix');
    expect(store.getState().jobs.matrix.status).toBe('running');
    store.getState().cancelJob('matrix');
    expect(ports[0]?.closed).toBe(true);
    expect(store.getState().jobs.matrix.status).toBe('cancelled');
    store.getState().queueJob('matrix');
    expect(ports).toHaveLength(2);
    ports[1]?.reply({ ...done(1), id: ports[1]?.posted[0]?.id ?? 0 });
    expect(store.getState().jobs.matrix.status).toBe('done');
    expect(store.getState().matrixResult?.cells).toEqual([]);
  });
});
