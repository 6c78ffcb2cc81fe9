// Scenario files for CLI tests, written to a fresh temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small valid scenario: two variants, a two-point sweep, Monte Carlo on, one passing and one failing assertion. */
export const VALID_SCENARIO = {
  schemaVersion: 1,
  id: 'cli-test',
  title: 'CLI test',
  description: 'A small scenario for the CLI tests.',
  claim: { text: 'More spread, slower steps', source: 'the tests' },
  seed: 'cli',
  variants: [
    { id: 'even', label: 'Even nodes', params: { 'heterogeneity.speedSigma': 0 } },
    { id: 'uneven', label: 'Uneven nodes', params: { 'heterogeneity.speedSigma': 0.5 } },
  ],
  sweep: { axes: [{ path: 'network.nodeCount', values: [2, 16] }] },
  monteCarlo: { runCount: 5, stepCount: 10 },
  expect: [
    {
      type: 'ratio',
      description: 'uneven nodes are slower',
      metric: 'stepTimeS',
      numerator: { variant: 'uneven', point: { 'network.nodeCount': 16 } },
      denominator: { variant: 'even', point: { 'network.nodeCount': 16 } },
      min: 1,
    },
    {
      type: 'threshold',
      description: 'an impossible bound',
      metric: 'stepTimeS',
      where: { variant: 'even', point: { 'network.nodeCount': 2 } },
      max: 0,
    },
  ],
};

/** A fresh temporary folder. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'sim-cli-test-'));
}

/** Writes a file (JSON value or raw text) into a folder and returns its path. */
export function writeScenario(folder: string, name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}
