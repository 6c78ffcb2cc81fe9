// `run FILE`: evaluates a scenario and prints a readable table, or every parameter and metric as JSON or CSV.
import { scenarioBudgetErrors } from '../../core/scenario/parse';
import { resolveRows } from '../../core/scenario/resolve';
import { rowConstraintErrors } from '../../core/scenario/rowConstraints';
import { runScenario } from '../../core/scenario/run';
import { MAX_RUN_COUNT } from '../../core/scenario/schema';
import { resultToCsv, resultToJson } from '../../core/scenario/serialize';
import type { ParamScalar, Scenario } from '../../core/scenario/types';
import { parseCommandArgs, seedOption, wholeNumberOption } from '../args';
import type { Command } from '../command';
import { CliError, formatFieldErrors } from '../errors';
import { EXIT } from '../io';
import { loadScenarioFile } from '../load';
import { parseSetOptions } from '../setOptions';
import { formatRunTable } from '../textTable';

const USAGE = `Usage: sim run FILE [--json | --csv] [--set path=value]... [--seed S] [--runs N]

Evaluates every row (variant x sweep point) of a scenario file and prints a table: variant, swept values,
key metrics with units, and [P10-P90] when Monte Carlo ran.

Options:
  --json            every parameter ("group.name") and every metric of every row, as JSON
  --csv             the same as CSV (bands as metric.p10, metric.p50, metric.p90 columns)
  --set path=value  override a parameter (repeatable); applied after the scenario's params,
                    before its variants and sweep (see docs/scenario-format.md)
  --seed S          replace the scenario's seed
  --runs N          Monte Carlo runs per row (0 = analytic only), replacing the scenario's
  -h, --help        this help`;

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  set: { type: 'string', multiple: true },
  seed: { type: 'string' },
  runs: { type: 'string' },
} as const;

function withRunCount(scenario: Scenario, runCount: number): Scenario {
  return { ...scenario, monteCarlo: { stepCount: scenario.monteCarlo?.stepCount ?? 100, runCount } };
}

/** Notes for --set values that every row sets again (a variant or the sweep wins over --set). */
function shadowedOverrideNotes(scenario: Scenario, overrides: Record<string, ParamScalar>): string {
  const rows = resolveRows(scenario, overrides);
  return Object.keys(overrides)
    .filter((path) => rows.every((row) => row.origins[path] !== `--set ${path}`))
    .map(
      (path) =>
        `note: --set ${path} has no effect: ${rows[0]?.origins[path] ?? 'a later layer'} sets it in every row\n`,
    )
    .join('');
}

/** The run command. */
export const runCommand: Command = {
  name: 'run',
  summary: 'evaluate a scenario and print its rows (table, --json or --csv)',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, USAGE);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new CliError(`run needs exactly one scenario file\n\n${USAGE}`);
    if (values.json && values.csv) throw new CliError('choose one of --json and --csv');
    const file = positionals[0] ?? '';
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new CliError(formatFieldErrors(file, loaded.errors).trimEnd());
    const overrides = parseSetOptions(values.set ?? []);
    const scenario =
      values.runs === undefined
        ? loaded.scenario
        : withRunCount(loaded.scenario, wholeNumberOption('runs', values.runs, 0, MAX_RUN_COUNT));
    const budgetErrors = scenarioBudgetErrors(scenario);
    if (budgetErrors.length > 0) throw new CliError(formatFieldErrors(file, budgetErrors).trimEnd());
    const constraintErrors = rowConstraintErrors(scenario, overrides);
    if (constraintErrors.length > 0) throw new CliError(formatFieldErrors(file, constraintErrors).trimEnd());
    io.err(shadowedOverrideNotes(scenario, overrides));
    const result = runScenario(scenario, {
      overrides,
      ...(values.seed === undefined ? {} : { seed: seedOption(values.seed) }),
    });
    if (values.json) io.out(resultToJson(result));
    else if (values.csv) io.out(resultToCsv(result));
    else io.out(formatRunTable(scenario, result));
    return EXIT.ok;
  },
};
