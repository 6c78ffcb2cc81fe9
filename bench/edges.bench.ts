// Edge benchmarks (part of `npm run bench`): (1) a what-if answered by the bundled CLI under plain node against
// the plain script bench/plain-whatif.mjs, both as fresh processes, in interleaved pairs; (2) an analytic
// node-count sweep from 10 to 1e6 nodes against a round-trip sweep of as many points. Prints figures and the
// targets (within 2x, within 1.2x); nothing here fails on time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluatePoint } from '../src/core/engine/evaluate';
import { defaultParams, type Params, setParams } from '../src/core/params/table';

const REPEATS = 7;
/** Interleaved CLI / plain-script pairs of the what-if comparison. */
const PAIRED_RUNS = 11;
const SWEEP_POINTS = 11;
/** Interleaved node-count / round-trip sweep pairs, after this many warm-up runs of each. */
const SWEEP_PAIRS = 41;
const SWEEP_WARM_UPS = 5;

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
// Paired and interleaved (CLI, plain, CLI, plain, ...): each pair's ratio is taken on the same moment's machine
// speed, so other load moves both sides of a ratio together; the medians of times and of pair ratios are shown.
const timeMs = (args: string[]) => {
  const start = performance.now();
  execFileSync(process.execPath, args);
  return performance.now() - start;
};
const cliArgs = ['scripts/sim.mjs', 'run', scenarioFile, '--set', 'network.rttMs=100'];
const plainArgs = ['bench/plain-whatif.mjs'];
timeMs(cliArgs);
timeMs(plainArgs);
const pairs = Array.from({ length: PAIRED_RUNS }, () => ({
  cliMs: timeMs(cliArgs),
  plainMs: timeMs(plainArgs),
}));
const cliMs = median(pairs.map((pair) => pair.cliMs));
const plainMs = median(pairs.map((pair) => pair.plainMs));
const pairRatio = median(pairs.map((pair) => pair.cliMs / pair.plainMs));
console.log(
  `CLI what-if (node scripts/sim.mjs run --set network.rttMs=100): ${cliMs.toFixed(0)} ms; plain script: ${plainMs.toFixed(0)} ms; median pair ratio ${pairRatio.toFixed(2)} over ${PAIRED_RUNS} pairs (target within 2x); load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
);

const base = setParams(defaultParams(), { 'workload.kind': 'training' });
const logSpaced = (from: number, to: number) =>
  Array.from({ length: SWEEP_POINTS }, (_, index) => from * (to / from) ** (index / (SWEEP_POINTS - 1)));
const sweep = (path: string, values: number[]) => () => {
  for (const value of values) evaluatePoint(setParams(base, { [path]: value }) as Params);
};
const nodeValues = logSpaced(10, 1e6).map(Math.round);
const rttValues = logSpaced(1, 1000);
// Interleaved pairs after a warm-up of both, as for the CLI: one sweep of 11 points takes a few ms, so a few
// repeats leave the ratio to timer noise and to whichever sweep ran while the JIT was still compiling.
const nodeSweep = sweep('network.nodeCount', nodeValues);
const rttSweep = sweep('network.rttMs', rttValues);
for (let warmUp = 0; warmUp < SWEEP_WARM_UPS; warmUp += 1) {
  nodeSweep();
  rttSweep();
}
const sweepPairs = Array.from({ length: SWEEP_PAIRS }, () => ({
  nodeMs: medianMs(nodeSweep, 1),
  rttMs: medianMs(rttSweep, 1),
}));
const nodeMs = median(sweepPairs.map((pair) => pair.nodeMs));
const rttMs = median(sweepPairs.map((pair) => pair.rttMs));
const sweepRatio = median(sweepPairs.map((pair) => pair.nodeMs / pair.rttMs));
console.log(
  `node-count sweep 10..1e6 (${SWEEP_POINTS} points): ${nodeMs.toFixed(1)} ms; round-trip sweep: ${rttMs.toFixed(1)} ms; median pair ratio ${sweepRatio.toFixed(2)} over ${SWEEP_PAIRS} pairs (target within 1.2x)`,
);
