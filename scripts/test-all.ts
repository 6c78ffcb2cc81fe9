// `npm test`: every check in order — type check, lint, unit and property tests, scenario checks, the
// production build and the browser end-to-end tests — with one closing line "N passed, N failed".
// Stages that report their own test counts (vitest, scenario check, browser tests) add those counts;
// the others count as one check each. A missing Chromium skips only the browser tests, loudly (fails in CI).
// Each stage's output is streamed as it comes and its result printed as soon as it ends, so a run that is
// cut short (a signal, a killed stage) still shows how far it got and still ends with the closing line.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './findChromium';

interface StageOutcome {
  name: string;
  passed: number;
  failed: number;
  skipped?: string;
}

const VITEST_REPORT = 'test-results/vitest.json';

/** The stage's process while it runs, so an interrupted run can end it too. */
let current: ChildProcess | undefined;

/** Runs a command, streaming its output through and collecting it; a signal counts as status 1. */
function run(command: string, args: string[]): Promise<{ status: number; output: string }> {
  return new Promise((resolveRun) => {
    const chunks: string[] = [];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      chunks.push(text);
      process.stdout.write(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      chunks.push(`could not start ${command}: ${error.message}\n`);
      console.log(`could not start ${command}: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      if (signal) console.log(`${command} ${args.join(' ')} was ended by ${signal}`);
      resolveRun({ status: code ?? 1, output: chunks.join('') });
    });
  });
}

/** The last "N passed, N failed" line a stage printed, if any. */
function reportedCounts(output: string): { passed: number; failed: number } | undefined {
  const matches = [...output.matchAll(/^\s*(?:\w+:\s*)?(\d+) passed, (\d+) failed/gm)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

async function simpleStage(name: string, command: string, args: string[]): Promise<StageOutcome> {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { status } = await run(command, args);
  return { name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
}

async function countedStage(name: string, command: string, args: string[]): Promise<StageOutcome> {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { status, output } = await run(command, args);
  const counts = reportedCounts(output);
  if (!counts) return { name, passed: 0, failed: 1 };
  // A stage that exits non-zero without reporting a failure still fails.
  return {
    name,
    passed: counts.passed,
    failed: counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0),
  };
}

async function vitestStage(): Promise<StageOutcome> {
  console.log('\n=== unit and property tests: vitest run');
  mkdirSync('test-results', { recursive: true });
  const { status } = await run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${VITEST_REPORT}`,
  ]);
  if (!existsSync(VITEST_REPORT)) return { name: 'vitest', passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return {
    name: 'vitest',
    passed: report.numPassedTests,
    failed: report.numTotalTests === 0 ? failed + 1 : failed,
  };
}

async function browserStage(): Promise<StageOutcome> {
  const chromium = findChromium();
  if (!chromium) {
    const inCi = process.env.CI === 'true';
    console.log(`\n${'!'.repeat(78)}`);
    console.log("!!! No Chromium found (set CHROMIUM_PATH or install Debian's chromium package).");
    console.log(
      inCi
        ? '!!! CI=true: a missing browser is a failure.'
        : '!!! SKIPPING the browser end-to-end tests; every other check still ran.',
    );
    console.log('!'.repeat(78));
    return inCi
      ? { name: 'browser tests', passed: 0, failed: 1 }
      : { name: 'browser tests', passed: 0, failed: 0, skipped: 'no Chromium' };
  }
  return countedStage('browser end-to-end tests', 'npx', ['tsx', 'test/e2e/run.ts']);
}

const STAGES: Array<() => Promise<StageOutcome>> = [
  () => simpleStage('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  () => simpleStage('lint', 'npx', ['biome', 'check', '.']),
  vitestStage,
  () => countedStage('scenario checks', 'npx', ['tsx', 'src/cli/main.ts', 'check']),
  () =>
    countedStage('docs/validation.md is current', 'npx', ['tsx', 'scripts/validation-report.ts', '--check']),
  () => simpleStage('production build', 'npx', ['vite', 'build']),
  browserStage,
];

const outcomes: StageOutcome[] = [];

function stageLine(stage: StageOutcome): string {
  const note = stage.skipped ? ` (skipped: ${stage.skipped})` : '';
  return `${stage.failed === 0 ? 'ok    ' : 'FAILED'} ${stage.name}: ${stage.passed} passed, ${stage.failed} failed${note}`;
}

/** Prints every stage's result and the closing line; a run that did not finish counts one more failure. */
function finish(interruptedBy?: string): never {
  if (interruptedBy) current?.kill('SIGTERM');
  console.log('\n=== summary');
  for (const stage of outcomes) console.log(stageLine(stage));
  const passed = outcomes.reduce((sum, stage) => sum + stage.passed, 0);
  let failed = outcomes.reduce((sum, stage) => sum + stage.failed, 0);
  if (interruptedBy) {
    console.log(
      `FAILED npm test was ended by ${interruptedBy} after ${outcomes.length} of ${STAGES.length} stages`,
    );
    failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => finish(signal));

for (const stage of STAGES) {
  const outcome = await stage();
  outcomes.push(outcome);
  console.log(stageLine(outcome));
}
finish();
