// The worker client keeps at most one request waiting, drops stale answers, and hands back each request's meta.
import { describe, expect, it } from 'vitest';
import { createWorkerClient, type RequestPort } from '../../../src/app/compute/workerClient';
import type { RunRequest, WorkerRequest, WorkerResponse } from '../../../src/worker/protocol';

/** The document of a request's first job (these tests only send documents). */
const documentOf = (request: RunRequest) => {
  const job = request.jobs[0];
  return job && 'document' in job ? job.document : undefined;
};

/** A port whose answers the test releases by hand. */
function manualPort() {
  const posted: RunRequest[] = [];
  let listener: (response: WorkerResponse) => void = () => undefined;
  const port: RequestPort = {
    post: (request: WorkerRequest) => {
      if (request.kind === 'run') posted.push(request);
    },
    listen: (onResponse) => {
      listener = onResponse;
    },
    close: () => undefined,
  };
  const progress = (request: RunRequest, done: number) =>
    listener({ id: request.id, kind: 'progress', done, total: 4 });
  const answer = (request: RunRequest) =>
    listener({ id: request.id, kind: 'result', runs: [], computeMs: request.jobs.length });
  return { port, posted, answer, progress };
}

const request = (tag: string) => ({ kind: 'run' as const, jobs: [{ document: tag }], check: false });

describe('worker client', () => {
  it('sends at once when idle and returns the meta with the answer', () => {
    const { port, posted, answer } = manualPort();
    const answered: string[] = [];
    const client = createWorkerClient<string>(port, {
      onResult: (_response, meta) => answered.push(meta),
      onError: () => undefined,
    });
    client.submit(request('a'), 'meta-a');
    expect(posted).toHaveLength(1);
    answer(posted[0] as RunRequest);
    expect(answered).toEqual(['meta-a']);
  });

  it('coalesces requests made while one runs, keeping only the newest', () => {
    const { port, posted, answer } = manualPort();
    const answered: string[] = [];
    const client = createWorkerClient<string>(port, {
      onResult: (_response, meta) => answered.push(meta),
      onError: () => undefined,
    });
    client.submit(request('a'), 'a');
    client.submit(request('b'), 'b');
    client.submit(request('c'), 'c');
    expect(posted.map((entry) => documentOf(entry))).toEqual(['a']);
    answer(posted[0] as RunRequest);
    // The stale answer to "a" is not delivered: "c" is already wanted, so it is sent instead.
    expect(answered).toEqual([]);
    expect(posted.map((entry) => documentOf(entry))).toEqual(['a', 'c']);
    answer(posted[1] as RunRequest);
    expect(answered).toEqual(['c']);
  });

  it('ignores answers to requests it did not send', () => {
    const { port, posted, answer } = manualPort();
    const answered: string[] = [];
    const client = createWorkerClient<string>(port, {
      onResult: (_response, meta) => answered.push(meta),
      onError: () => undefined,
    });
    client.submit(request('a'), 'a');
    answer({ ...(posted[0] as RunRequest), id: 999 });
    expect(answered).toEqual([]);
  });

  it('passes progress of the running request, but not of one already superseded', () => {
    const { port, posted, progress } = manualPort();
    const reports: string[] = [];
    const client = createWorkerClient<string>(port, {
      onResult: () => undefined,
      onError: () => undefined,
      onProgress: (done, total, meta) => reports.push(`${meta} ${done}/${total}`),
    });
    client.submit(request('a'), 'a');
    progress(posted[0] as RunRequest, 1);
    client.submit(request('b'), 'b');
    progress(posted[0] as RunRequest, 2);
    expect(reports).toEqual(['a 1/4']);
  });

  it('reports errors with their field errors', () => {
    let listener: (response: WorkerResponse) => void = () => undefined;
    const errors: string[] = [];
    const client = createWorkerClient<string>(
      { post: () => undefined, listen: (onResponse) => (listener = onResponse), close: () => undefined },
      {
        onResult: () => undefined,
        onError: (message, fields) => errors.push(`${message}|${fields[0]?.path}`),
      },
    );
    client.submit(request('a'), 'a');
    listener({ id: 1, kind: 'error', message: 'bad', fieldErrors: [{ path: 'seed', message: 'empty' }] });
    expect(errors).toEqual(['bad|seed']);
  });
});
