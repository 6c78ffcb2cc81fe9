// `sim techniques` against the app's Technique map: for the same scenario file, the CLI's --json rows equal
// what the worker sends the view after the app opens that file into Explore (the view's data path), and the
// CSV carries the same rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importScenarioText } from '../../src/app/scenario/importScenario';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { runTechniquesRequest } from '../../src/worker/techniquesJob';

function capture(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += text), err: (text) => (err += text) };
  return { code: runCli(args, io), out, err };
}

const FILES = ['scenarios/intellect-1-regions.json', 'scenarios/petals-three-networks.json'];

describe('sim techniques', () => {
  it.each(FILES)('prints the rows the view shows for %s', (file) => {
    const imported = importScenarioText(readFileSync(file, 'utf8'));
    if (!imported.ok) throw new Error('fixture does not load');
    const response = runTechniquesRequest(
      { id: 1, kind: 'techniques', params: imported.imported.params },
      () => 0,
    );
    if (response.kind !== 'techniques') throw new Error('worker refused the params');
    const { code, out } = capture(['techniques', file, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(response.map)));
    const csv = capture(['techniques', file, '--csv']).out.trimEnd().split('\n');
    expect(csv.length).toBe(response.map.points.length + 1);
    const first = response.map.points[0];
    expect(
      csv[1]?.startsWith(
        `${first?.privacyTechnique},${first?.verificationTechnique},${first?.throughputTokensPerS},`,
      ),
    ).toBe(true);
  });

  it('applies --set before mapping, and names combinations in words in the table', () => {
    const { code, out } = capture(['techniques', FILES[0] ?? '', '--set', 'workload.kind=inference']);
    expect(code).toBe(0);
    expect(out).toContain('Multi-party computation (MPC) + Zero-knowledge proofs');
    expect(out).toContain('Not possible for this job');
    expect(out).toContain('Federated learning');
  });

  it('refuses a missing file and two output formats', () => {
    expect(capture(['techniques', 'nope.json']).code).toBe(2);
    expect(capture(['techniques', FILES[0] ?? '', '--json', '--csv']).code).toBe(2);
    expect(capture(['techniques']).code).toBe(2);
  });
});
