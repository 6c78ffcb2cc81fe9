// The claim command in-process: the readable report, --json, determinism, --seed and --runs, the schema file,
// and exit code 2 with field errors for a missing, broken or invalid claim file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { claimSchemaText } from '../../src/cli/commands/claim';
import { findScenarioFiles } from '../../src/cli/findScenarioFiles';
import type { CliIo } from '../../src/cli/io';
import { minimalClaim } from '../core/claims/fixtures';
import { temporaryFolder } from './fixtures';

function capture(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += text), err: (text) => (err += text) };
  return { code: runCli(args, io), out, err };
}

const folder = temporaryFolder();
const write = (name: string, content: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const valid = write(
  'valid.json',
  minimalClaim({
    presets: { hardware: 'H100_SXM', network: 'continent' },
    params: { 'workload.kind': 'training', 'training.strategy': 'low-communication', 'network.nodeCount': 8 },
    claim: { metric: 'computeTimeFraction', direction: 'at-least', value: 0.9 },
    seed: 'cli-claim',
    monteCarlo: { runCount: 40 },
  }),
);

describe('claim', () => {
  it('prints the verdict, the probability, the distribution and the sections', () => {
    const { code, out } = capture(['claim', valid]);
    expect(code).toBe(0);
    expect(out).toMatch(/Verdict: (PLAUSIBLE|OPTIMISTIC|IMPLAUSIBLE) {2}P\(claim side holds\) = /);
    expect(out).toContain('P50');
    expect(out).toContain('What you would have to believe');
    expect(out).toContain('Nearest published cases:');
    expect(out).toContain('40 draws, seed "cli-claim"');
  });

  it('prints the whole report as JSON, the same for the same seed', () => {
    const first = capture(['claim', valid, '--json']);
    const second = capture(['claim', valid, '--json']);
    expect(first.code).toBe(0);
    expect(second.out).toBe(first.out);
    const report = JSON.parse(first.out);
    expect(report.runCount).toBe(40);
    expect(report.distribution.histogram.bins.length).toBeGreaterThan(0);
    expect(['plausible', 'optimistic', 'implausible']).toContain(report.verdict);
  });

  it('takes --runs and --seed', () => {
    const report = JSON.parse(capture(['claim', valid, '--json', '--runs', '25', '--seed', 'other']).out);
    expect(report.runCount).toBe(25);
    expect(report.seed).toBe('other');
  });

  it('exits 2 with field errors for an invalid claim', () => {
    const invalid = write('invalid.json', {
      ...minimalClaim(),
      claim: { metric: 'nope', direction: 'at-least', value: 1 },
    });
    const { code, err } = capture(['claim', invalid]);
    expect(code).toBe(2);
    expect(err).toContain('claim.metric: unknown metric "nope"');
  });

  it('exits 2 for broken JSON, a missing file, no file and a bad --runs', () => {
    expect(capture(['claim', write('broken.json', '{ "schemaVersion": ')]).code).toBe(2);
    const missing = capture(['claim', join(folder, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('file not found');
    expect(capture(['claim']).code).toBe(2);
    expect(capture(['claim', valid, '--runs', '3']).err).toContain('--runs: must be a whole number');
  });

  it('prints the JSON Schema, which scenarios/claims/schema.json holds (regenerate: npx tsx scripts/write-schema.ts)', () => {
    const { code, out } = capture(['claim', '--schema']);
    expect(code).toBe(0);
    expect(out).toBe(claimSchemaText());
    expect(readFileSync('scenarios/claims/schema.json', 'utf8')).toBe(out);
  });

  it('is listed in the help, and the check command does not take claim files for scenarios', () => {
    expect(capture(['--help']).out).toContain('  claim');
    expect(findScenarioFiles('scenarios').some((path) => path.includes('claims'))).toBe(false);
  });
});
