// `check [FILES...]`: runs scenarios and evaluates their assertions, printing PASS/FAIL with the numbers and a
// summary line; exits 1 when an assertion fails (or a model run fails), 2 when a file is invalid.
import { formatNumber } from '../../core/scenario/formatNumber';
import { type AssertionVerdict, readAssertion } from '../../core/scenario/knownMiss';
import type { NotComparableOutcome } from '../../core/scenario/notComparable';
import { parseCommandArgs } from '../args';
import { checkFile, type FileCheck } from '../checkFile';
import type { Command } from '../command';
import { formatFieldErrors } from '../errors';
import { findScenarioFiles } from '../findScenarioFiles';
import { type CliIo, EXIT } from '../io';

/** Folder searched when no files are named. */
export const DEFAULT_SCENARIO_FOLDER = 'scenarios';

const USAGE = `Usage: sim check [FILES...]

Runs each scenario and evaluates its "expect" assertions. Prints PASS or FAIL for each with the numbers,
then "Summary: N passed, M failed". A case the file lists under "notComparable" is printed as NOT
COMPARABLE with the model's values and not counted (a value the model does not compute is a failure). With no FILES, checks every scenarios/**/*.json except schema.json
(relative to the working directory).

A calibration assertion with a "missReason" documents a known miss of the model: when it fails it is
listed as KNOWN MISS and not counted as a failure; when it passes, the documentation is stale and it fails.

Exit codes: 0 all passed; 1 an assertion failed or a model run failed; 2 a file is missing or invalid
(invalid files count as failures in the summary).

Options:
  -h, --help   this help`;

interface Tally {
  passed: number;
  failed: number;
  invalid: number;
  /** Failing `matches` assertions whose miss is documented (missReason): listed, not counted as failures. */
  knownMisses: number;
}

/** Where each reading of an outcome is counted. */
const COUNTED_AS: Record<AssertionVerdict, 'passed' | 'failed' | 'knownMisses'> = {
  pass: 'passed',
  fail: 'failed',
  'known-miss': 'knownMisses',
  'stale-miss': 'failed',
};

function report(check: FileCheck, io: CliIo, tally: Tally): void {
  if (check.status === 'invalid') {
    tally.invalid += 1;
    io.out(`INVALID ${formatFieldErrors(check.file, check.errors)}`);
    return;
  }
  io.out(`${check.file} (${check.scenario.id})\n`);
  if (check.status === 'crashed') {
    tally.failed += 1;
    io.out(`  ERROR the model failed while running: ${check.message}\n`);
    return;
  }
  if (check.outcomes.length === 0 && (check.notComparable ?? []).length === 0) io.out('  (no assertions)\n');
  for (const outcome of check.outcomes) {
    const { verdict, label, missReason } = readAssertion(
      check.scenario.expect?.[outcome.index],
      outcome.passed,
    );
    tally[COUNTED_AS[verdict]] += 1;
    io.out(`  ${label} [${outcome.index}] ${outcome.type}: ${outcome.description}\n`);
    io.out(`       ${outcome.detail}\n`);
    if (verdict === 'known-miss') io.out(`       documented reason: ${missReason}\n`);
  }
  reportNotComparable(check.notComparable ?? [], io, tally);
}

/**
 * Cases configured without a comparable figure: shown with the model's values, never counted as passes; a
 * value the model does not compute counts as a failure (the setting does not run as the file says).
 */
function reportNotComparable(entries: readonly NotComparableOutcome[], io: CliIo, tally: Tally): void {
  for (const entry of entries) {
    io.out(`  NOT COMPARABLE ${entry.caseId} (not counted): ${entry.reason}\n`);
    for (const shown of entry.computed) {
      if (shown.problem !== undefined) tally.failed += 1;
      const value = shown.value === undefined ? `ERROR ${shown.problem}` : formatNumber(shown.value);
      const infeasible = shown.infeasibleReason ? ` (infeasible: ${shown.infeasibleReason})` : '';
      const metric = shown.isRatio ? `${shown.metric} (ratio of two rows)` : shown.metric;
      io.out(`       ${shown.label}: ${metric} = ${value}${infeasible}\n`);
    }
  }
}

/** The check command. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'run scenarios and evaluate their assertions (default: every scenario file)',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {}, USAGE);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    const files = positionals.length > 0 ? positionals : findScenarioFiles(DEFAULT_SCENARIO_FOLDER);
    const tally: Tally = { passed: 0, failed: 0, invalid: 0, knownMisses: 0 };
    for (const file of files) report(checkFile(file), io, tally);
    const invalidNote = tally.invalid > 0 ? `; ${tally.invalid} invalid file(s) counted as failed` : '';
    const fileCount = `${files.length} file${files.length === 1 ? '' : 's'}`;
    const missNote =
      tally.knownMisses > 0 ? `, ${tally.knownMisses} known misses documented in docs/validation.md` : '';
    io.out(
      `Summary: ${tally.passed} passed, ${tally.failed + tally.invalid} failed${missNote} (${fileCount}${invalidNote})\n`,
    );
    if (tally.invalid > 0) return EXIT.invalidInput;
    return tally.failed > 0 ? EXIT.assertionFailed : EXIT.ok;
  },
};
