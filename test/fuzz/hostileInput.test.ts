// Seeded fuzz of the edges: the bundled scenario and claim files, mutated, plus hostile texts (deep nesting,
// object-member names, huge lists, long strings, non-decimal numbers), through the entry points the app's
// import and the CLI use. Asserts: nothing throws, every refusal names a field, accepted results have no
// non-finite or negative-time metric, and each case finishes within CASE_TIME_BOUND_MS. Re-run with another
// seed: FUZZ_SEED=... npx vitest run test/fuzz
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScenarioText } from '../../src/app/scenario/importScenario';
import { runCli } from '../../src/cli/cli';
import { parseClaimText } from '../../src/core/claims/parse';
import { createRng, type Rng } from '../../src/core/random/rng';
import { MAX_NAME_CHARS } from '../../src/core/scenario/limits';
import { parseScenarioText } from '../../src/core/scenario/parse';
import { runScenario } from '../../src/core/scenario/run';
import { hostileScenarioTexts, hostileTexts, mutateJson } from './mutations';

const SEED = process.env.FUZZ_SEED ?? 'edges-fuzz-1';
/** Cases per run: scenario mutations, claim mutations, and one CLI run per this many scenario cases. */
const SCENARIO_CASES = 400;
const CLAIM_CASES = 200;
const CLI_EVERY = 20;
/**
 * The stated bound on one case (parse, and run when accepted), in milliseconds of this process's CPU time
 * (user + system), not wall time: other processes on a loaded machine stretch wall time, not the work a case
 * does. Typical cases take under 50.
 */
const CASE_TIME_BOUND_MS = 5_000;
/** Microseconds per millisecond. */
const US_PER_MS = 1_000;
/** CPU time this process has used, in milliseconds. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / US_PER_MS;
};
/** Metrics that are times: they must never be negative. */
const TIME_METRIC = /(TimeS|LatencyS|DurationS|Ms|Days|Hours|S)$/;

function jsonFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') && entry.name !== 'schema.json' ? [path] : [];
  });
}

const scenarioTexts = jsonFiles('scenarios').filter((file) => !file.startsWith(join('scenarios', 'claims')));
const claimTexts = jsonFiles(join('scenarios', 'claims'));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)] as T;

function caseText(rng: Rng, files: readonly string[]): string {
  if (rng.next() < 0.25) return pick(rng, hostileTexts(rng));
  return mutateJson(readFileSync(pick(rng, files), 'utf8'), rng);
}

function namesAField(error: { path: string; message: string }): boolean {
  return error.path.length > 0 && error.path.length <= MAX_NAME_CHARS * 2 + 40 && error.message.length > 0;
}

let acceptedCount = 0;

/** A metric or band value that is not finite, or a negative time. */
const badValue = (name: string, value: number): string[] =>
  !Number.isFinite(value) || (TIME_METRIC.test(name) && value < 0) ? [`${name} = ${value}`] : [];

function badMetrics(text: string): string[] {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return [];
  acceptedCount += 1;
  const result = runScenario(parsed.scenario);
  return result.rows.flatMap((row) => [
    ...Object.entries(row.result.metrics).flatMap(([name, value]) => badValue(name, value)),
    ...Object.entries(row.result.bands).flatMap(([name, band]) =>
      [band.p10, band.p50, band.p90].flatMap((value) => badValue(`${name} band`, value)),
    ),
    // A step is never shorter than the compute on the nodes it keeps.
    ...((row.result.metrics.stepTimeS ?? 0) < (row.result.metrics.stepComputeS ?? 0)
      ? [
          `${row.variant}: step ${row.result.metrics.stepTimeS} s < compute ${row.result.metrics.stepComputeS} s`,
        ]
      : []),
  ]);
}

describe('fuzzed scenario and claim files', () => {
  const rng = createRng(SEED);
  const directory = mkdtempSync(join(tmpdir(), 'sim-fuzz-'));

  it('refuses or accepts every mutated scenario cleanly, with finite results', () => {
    const problems: string[] = [];
    for (let index = 0; index < SCENARIO_CASES; index += 1) {
      const text = caseText(rng, scenarioTexts);
      const startMs = cpuMs();
      const app = importScenarioText(text);
      if (!app.ok && !app.errors.every(namesAField))
        problems.push(`case ${index}: ${JSON.stringify(app.errors)}`);
      problems.push(...badMetrics(text).map((problem) => `case ${index}: ${problem}`));
      if (index % CLI_EVERY === 0) {
        const file = join(directory, `case-${index}.json`);
        writeFileSync(file, text);
        let err = '';
        const code = runCli(['check', file], {
          out: () => {},
          err: (chunk) => {
            err += chunk;
          },
        });
        if (code === 3) problems.push(`case ${index}: the CLI failed inside the model: ${err.slice(0, 200)}`);
      }
      const elapsedMs = cpuMs() - startMs;
      if (elapsedMs > CASE_TIME_BOUND_MS)
        problems.push(`case ${index}: took ${Math.round(elapsedMs)} ms of CPU`);
    }
    expect(problems).toEqual([]);
    // The accepted-result checks ran on a real share of the cases (33 of 400 with the default seed).
    expect(acceptedCount).toBeGreaterThan(SCENARIO_CASES / 20);
  }, 120_000);

  it('gives finite, physical results (or says why not) at the edges of the model', () => {
    for (const text of hostileScenarioTexts()) {
      const parsed = parseScenarioText(text);
      expect(parsed.ok).toBe(true);
      expect(badMetrics(text)).toEqual([]);
      if (!parsed.ok) continue;
      for (const row of runScenario(parsed.scenario).rows) {
        if (!row.result.feasible) expect(row.result.infeasibleReasons.join(' ')).toMatch(/^heterogeneity\./);
        expect(row.result.metrics.stepStragglerS).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('refuses or accepts every mutated claim cleanly', () => {
    const problems: string[] = [];
    for (let index = 0; index < CLAIM_CASES; index += 1) {
      const text = caseText(rng, claimTexts);
      const startMs = cpuMs();
      const parsed = parseClaimText(text);
      if (!parsed.ok && !parsed.errors.every(namesAField))
        problems.push(`claim case ${index}: ${JSON.stringify(parsed.errors)}`);
      const elapsedMs = cpuMs() - startMs;
      if (elapsedMs > CASE_TIME_BOUND_MS)
        problems.push(`claim case ${index}: took ${Math.round(elapsedMs)} ms of CPU`);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
