// The real process: invalid input exits 2 with the field and the allowed values and no stack trace; the same
// scenario and seed give byte-identical output; --set changes the results; Ctrl-C stops a long run at once.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder, VALID_SCENARIO, writeScenario } from './fixtures';

const TSX = join('node_modules', '.bin', 'tsx');
const TIMEOUT_MS = 60_000;

function sim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(TSX, [join('src', 'cli', 'main.ts'), ...args], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** No "    at file:line" frames in the text. */
function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+[:(]/m);
}

const folder = temporaryFolder();
const valid = writeScenario(folder, 'valid.json', VALID_SCENARIO);

describe('sim CLI process', () => {
  it(
    'exits 2 on a wrong type, an unknown field and an out-of-range value, naming each field and what is allowed',
    () => {
      const file = writeScenario(folder, 'invalid.json', {
        ...VALID_SCENARIO,
        params: { 'network.nodeCount': 'fourteen', 'network.rttMs': 5000 },
        colour: 'red',
      });
      const { status, stderr, stdout } = sim('run', file);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        'params.network.nodeCount: must be a whole number from 1 to 1e6 (count); got "fourteen"',
      );
      expect(stderr).toContain('params.network.rttMs: must be a number from 0.001 to 2000 (ms); got 5000');
      expect(stderr).toContain('colour: unknown field; allowed fields:');
      expectNoStackTrace(stderr);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 2 on broken JSON, naming the line and column',
    () => {
      const file = writeScenario(
        folder,
        'broken.json',
        '{\n  "schemaVersion": 1,\n  "id": "x"\n  "title": "t"\n}\n',
      );
      const { status, stderr } = sim('run', file);
      expect(status).toBe(2);
      expect(stderr).toContain('line 4, column 3: not valid JSON: expected "," or "}"');
      expectNoStackTrace(stderr);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 2 on a missing file and on an unknown or out-of-range --set',
    () => {
      const missing = sim('run', join(folder, 'nowhere.json'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('file not found');
      const badSet = sim('run', valid, '--set', 'network.rtt=5', '--set', 'network.rttMs=0');
      expect(badSet.status).toBe(2);
      expect(badSet.stderr).toContain('--set network.rtt: unknown parameter (did you mean "network.rttMs"?)');
      expect(badSet.stderr).toContain(
        '--set network.rttMs: must be a number from 0.001 to 2000 (ms); got "0"',
      );
      expectNoStackTrace(missing.stderr + badSet.stderr);
    },
    TIMEOUT_MS,
  );

  it(
    'prints byte-identical output for the same scenario and seed, and different results with --set',
    () => {
      const first = sim('run', valid, '--json');
      const second = sim('run', valid, '--json');
      expect(first.status).toBe(0);
      expect(first.stdout.length).toBeGreaterThan(1000);
      expect(second.stdout).toBe(first.stdout);
      const changed = JSON.parse(sim('run', valid, '--json', '--set', 'model.parameterCount=1e9').stdout);
      const base = JSON.parse(first.stdout);
      expect(changed.rows[0]['model.parameterCount']).toBe(1e9);
      expect(changed.rows[0].stepTimeS).not.toBe(base.rows[0].stepTimeS);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 1 from check when an assertion fails, with the summary line',
    () => {
      const { status, stdout } = sim('check', valid);
      expect(status).toBe(1);
      expect(stdout).toContain('Summary: 1 passed, 1 failed (1 file)');
    },
    TIMEOUT_MS,
  );

  it(
    'stops a long run on Ctrl-C (SIGINT) without finishing it, through the bundled CLI users run',
    async () => {
      // Monte Carlo at the work budget: minutes of work, so only the signal can end it within the timeout.
      const file = writeScenario(folder, 'long.json', {
        ...VALID_SCENARIO,
        monteCarlo: { runCount: 500, stepCount: 10000 },
      });
      const child = spawn(process.execPath, [join('scripts', 'sim.mjs'), 'run', file]);
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      const ended = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      // Let it start and get into the run before interrupting.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      child.kill('SIGINT');
      expect(await ended).toBe('SIGINT');
      expect(stdout).toBe('');
    },
    TIMEOUT_MS,
  );
});
