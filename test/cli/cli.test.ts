// The CLI dispatcher in-process: help, output formats, check verdicts and exit codes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { temporaryFolder, VALID_SCENARIO, writeScenario } from './fixtures';

function capture(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += text), err: (text) => (err += text) };
  const code = runCli(args, io);
  return { code, out, err };
}

const folder = temporaryFolder();
const valid = writeScenario(folder, 'valid.json', VALID_SCENARIO);

describe('help', () => {
  it('prints the commands at top level', () => {
    const { code, out } = capture(['--help']);
    expect(code).toBe(0);
    for (const command of ['run', 'check', 'schema']) expect(out).toContain(`  ${command}`);
  });

  it.each(['run', 'check', 'schema'])('prints %s --help', (command) => {
    const { code, out } = capture([command, '--help']);
    expect(code).toBe(0);
    expect(out).toContain(`Usage: sim ${command}`);
  });

  it('exits 2 on no command or an unknown one', () => {
    expect(capture([]).code).toBe(2);
    const unknown = capture(['fly']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "fly"');
  });
});

describe('run', () => {
  it('prints a table with the variants, swept values and P10-P90', () => {
    const { code, out } = capture(['run', valid]);
    expect(code).toBe(0);
    expect(out).toContain('cli-test: CLI test');
    expect(out).toContain('network.nodeCount');
    expect(out).toMatch(/uneven\s+16\s+yes\s+[\d.]+ min \[[\d.]+ to [\d.]+ min\]\s+[\d.]+k tokens\/s \[/);
  });

  it('prints JSON with every parameter and band column', () => {
    const parsed = JSON.parse(capture(['run', valid, '--json']).out);
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.columns).toContain('network.rttMs');
    expect(parsed.columns).toContain('stepTimeS.p90');
    expect(parsed.rows[3]['heterogeneity.speedSigma']).toBe(0.5);
  });

  it('prints CSV with one line per row', () => {
    const lines = capture(['run', valid, '--csv']).out.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]?.split(',')).toContain('stepTimeS.p10');
  });

  it('replaces the run count with --runs and the seed with --seed', () => {
    const analytic = JSON.parse(capture(['run', valid, '--json', '--runs', '0', '--seed', 'other']).out);
    expect(analytic.seed).toBe('other');
    expect(analytic.columns).not.toContain('stepTimeS.p90');
    expect(capture(['run', valid, '--runs', 'many']).code).toBe(2);
  });

  it('notes a --set that a variant overrides in every row', () => {
    const { code, err } = capture(['run', valid, '--set', 'heterogeneity.speedSigma=1']);
    expect(code).toBe(0);
    expect(err).toContain('--set heterogeneity.speedSigma has no effect');
  });

  it('refuses --json with --csv, and a missing file argument', () => {
    expect(capture(['run', valid, '--json', '--csv']).code).toBe(2);
    expect(capture(['run']).code).toBe(2);
  });
});

describe('check', () => {
  it('prints PASS and FAIL with numbers and a summary, and exits 1 on a failure', () => {
    const { code, out } = capture(['check', valid]);
    expect(code).toBe(1);
    expect(out).toContain('PASS [0] ratio: uneven nodes are slower');
    expect(out).toContain('FAIL [1] threshold: an impossible bound');
    expect(out).toMatch(/stepTimeS = \S+ \(max 0\)/);
    expect(out).toContain('Summary: 1 passed, 1 failed (1 file)');
  });

  it('exits 0 when every assertion passes', () => {
    const passing = writeScenario(folder, 'passing.json', {
      ...VALID_SCENARIO,
      expect: VALID_SCENARIO.expect.slice(0, 1),
    });
    expect(capture(['check', passing]).code).toBe(0);
  });

  it('exits 2 and counts an invalid file as a failure', () => {
    const invalid = writeScenario(folder, 'invalid.json', { ...VALID_SCENARIO, seed: 3 });
    const { code, out } = capture(['check', valid, invalid]);
    expect(code).toBe(2);
    expect(out).toContain('seed: must be a string of at most 128 characters; got 3');
    expect(out).toContain('Summary: 1 passed, 2 failed (2 files; 1 invalid file(s) counted as failed)');
  });
});

describe('schema', () => {
  it('prints a JSON Schema', () => {
    const { code, out } = capture(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('DeAI Trade-off Simulator scenario');
  });
});
