// A configuration that does not fit in memory is infeasible in every CLI output: a marked table row with no
// metrics and the reason below it, and a `feasible` column with the reason in JSON and CSV.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import type { CliIo } from '../../src/cli/io';
import { temporaryFolder, writeScenario } from './fixtures';

function capture(args: string[]): { code: number; out: string } {
  let out = '';
  const io: CliIo = { out: (text) => (out += text), err: () => undefined };
  return { code: runCli(args, io), out };
}

/** Serving on one RTX 4090 (24 GB): a 7B model fits at bf16, a 70B one does not. */
const SCENARIO = {
  schemaVersion: 1,
  id: 'fit-test',
  title: 'Fit test',
  description: 'One model that fits one consumer GPU and one that does not.',
  claim: { text: 'A 70B model does not fit a 24 GB card', source: 'the tests' },
  seed: 'fit',
  presets: { hardware: 'RTX_4090' },
  params: { 'workload.kind': 'inference', 'inference.placement': 'replicated', 'network.nodeCount': 1 },
  variants: [
    { id: 'small', label: '7B', params: { 'model.parameterCount': 7e9 } },
    { id: 'large', label: '70B', params: { 'model.parameterCount': 7e10 } },
  ],
};

const file = writeScenario(temporaryFolder(), 'fit.json', SCENARIO);

describe('infeasible configurations in the CLI', () => {
  it('marks the row in the table, shows no metrics for it and lists the reason', () => {
    const { code, out } = capture(['run', file]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    const large = lines.find((line) => line.startsWith('large'));
    const small = lines.find((line) => line.startsWith('small'));
    expect(large).toMatch(/^large\s+INFEASIBLE(\s+-)+$/);
    expect(small).toMatch(/^small\s+yes\s+\d/);
    expect(out).toMatch(/\[large\] .*needs [\d.]+ GiB per GPU but each GPU has 24 GiB/);
  });

  it('gives feasible = false and the reason in JSON', () => {
    const parsed = JSON.parse(capture(['run', file, '--json']).out);
    const byVariant = Object.fromEntries(parsed.rows.map((row: { variant: string }) => [row.variant, row]));
    expect(byVariant.small.feasible).toBe(true);
    expect(byVariant.small.infeasibleReason).toBe('');
    expect(byVariant.large.feasible).toBe(false);
    expect(byVariant.large.infeasibleReason).toMatch(/GiB per GPU/);
  });

  it('gives a feasible column and the reason in CSV', () => {
    const [header, ...rows] = capture(['run', file, '--csv']).out.trimEnd().split('\n');
    const columns = header?.split(',') ?? [];
    const feasibleAt = columns.indexOf('feasible');
    expect(feasibleAt).toBeGreaterThan(0);
    const large = rows.find((row) => row.startsWith('large'));
    expect(large?.split(',')[feasibleAt]).toBe('false');
    expect(large).toMatch(/GiB per GPU/);
    expect(rows.find((row) => row.startsWith('small'))?.split(',')[feasibleAt]).toBe('true');
  });
});
