// Edge benchmarks (part of `npm run bench`): (1) a what-if answered by the bundled CLI under plain node against
// the plain script bench/plain-whatif.mjs, both as fresh processes, median of several runs; (2) an analytic
// node-count sweep from 10 to 1e6 nodes against a round-trip sweep of as many points. Prints figures and the
// targets (within 2x, within 1.2x); nothing here fails on time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluatePoint } from '../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../src/core/params/table';

const REPEATS = 7;
const SWEEP_POINTS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function medianMs(run: () => void, repeats = REPEATS): number {
  run();
  return median(
    Array.from({ length: repeats }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );
}

const directory = mkdtempSync(join(tmpdir(), 'sim-bench-'));
const scenarioFile = join(directory, 'whatif.json');
writeFileSync(
  scenarioFile,
  JSON.stringify({
    schemaVersion: 1,
    id: 'whatif',
    title: 'What-if',
    description: 'One data-parallel training step.',
    claim: { text: 'bench', source: 'bench' },
    params: { 'workload.kind': 'training', 'training.strategy': 'data-parallel' },
  }),
);
const cliMs = medianMs(() =>
  execFileSync(process.execPath, ['scripts/sim.mjs', 'run', scenarioFile, '--set', 'network.rttMs=100']),
);
const plainMs = medianMs(() => execFileSync(process.execPath, ['bench/plain-whatif.mjs']));
console.log(
  `CLI what-if (node scripts/sim.mjs run --set network.rttMs=100): ${cliMs.toFixed(0)} ms; plain script: ${plainMs.toFixed(0)} ms; ratio ${(cliMs / plainMs).toFixed(2)} (target within 2x)`,
);

const base = setParams(defaultParams(), { 'workload.kind': 'training' });
const logSpaced = (from: number, to: number) =>
  Array.from({ length: SWEEP_POINTS }, (_, index) => from * (to / from) ** (index / (SWEEP_POINTS - 1)));
const sweep = (path: string, values: number[]) => () => {
  for (const value of values) evaluatePoint(setParams(base, { [path]: value }) as Params);
};
const nodeValues = logSpaced(10, 1e6).map(Math.round);
const rttValues = logSpaced(1, 1000);
const nodeMs = medianMs(sweep('network.nodeCount', nodeValues), 5);
const rttMs = medianMs(sweep('network.rttMs', rttValues), 5);
console.log(
  `node-count sweep 10..1e6 (${SWEEP_POINTS} points): ${nodeMs.toFixed(1)} ms; round-trip sweep: ${rttMs.toFixed(1)} ms; ratio ${(nodeMs / rttMs).toFixed(2)} (target within 1.2x)`,
);
