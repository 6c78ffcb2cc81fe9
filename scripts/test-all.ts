// `npm test`: every check in order — type check, lint, unit and property tests, scenario checks, the
// production build and the browser end-to-end tests — with one closing line "N passed, N failed".
// Stages that report their own test counts (vitest, scenario check, browser tests) add those counts;
// the others count as one check each. A missing Chromium skips only the browser tests, loudly (fails in CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './findChromium';

interface StageOutcome {
  name: string;
  passed: number;
  failed: number;
  skipped?: string;
}

const VITEST_REPORT = 'test-results/vitest.json';

function run(command: string, args: string[]): { status: number; output: string } {
  const child = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 << 20,
  });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  process.stdout.write(output);
  return { status: child.status ?? 1, output };
}

/** The last "N passed, N failed" line a stage printed, if any. */
function reportedCounts(output: string): { passed: number; failed: number } | undefined {
  const matches = [...output.matchAll(/^\s*(?:\w+:\s*)?(\d+) passed, (\d+) failed/gm)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

function simpleStage(name: string, command: string, args: string[]): StageOutcome {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { status } = run(command, args);
  return { name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
}

function countedStage(name: string, command: string, args: string[]): StageOutcome {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { status, output } = run(command, args);
  const counts = reportedCounts(output);
  if (!counts) return { name, passed: 0, failed: 1 };
  // A stage that exits non-zero without reporting a failure still fails.
  return {
    name,
    passed: counts.passed,
    failed: counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0),
  };
}

function vitestStage(): StageOutcome {
  console.log('\n=== unit and property tests: vitest run');
  mkdirSync('test-results', { recursive: true });
  const { status } = run('npx', [
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

function browserStage(): StageOutcome {
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

const stages: StageOutcome[] = [
  simpleStage('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  simpleStage('lint', 'npx', ['biome', 'check', '.']),
  vitestStage(),
  countedStage('scenario checks', 'npx', ['tsx', 'src/cli/main.ts', 'check']),
  countedStage('docs/validation.md is current', 'npx', ['tsx', 'scripts/validation-report.ts', '--check']),
  simpleStage('production build', 'npx', ['vite', 'build']),
];
stages.push(browserStage());

console.log('\n=== summary');
for (const stage of stages) {
  const note = stage.skipped ? ` (skipped: ${stage.skipped})` : '';
  console.log(
    `${stage.failed === 0 ? 'ok    ' : 'FAILED'} ${stage.name}: ${stage.passed} passed, ${stage.failed} failed${note}`,
  );
}
const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
