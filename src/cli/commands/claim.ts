// `claim FILE`: sanity-checks a project's performance claim (docs/claims.md) and prints the verdict, the
// probability it holds, the distribution, what one would have to believe, implied overheads and nearest cases.

import { readFileSync } from 'node:fs';
import { checkClaim } from '../../core/claims/check';
import { parseClaimText } from '../../core/claims/parse';
import { claimJsonSchema, MAX_CLAIM_RUN_COUNT, MIN_CLAIM_RUN_COUNT } from '../../core/claims/schema';
import { formatClaimReport } from '../../core/claims/textReport';
import { parseCommandArgs, seedOption, wholeNumberOption } from '../args';
import type { Command } from '../command';
import { CliError, formatFieldErrors } from '../errors';
import { EXIT } from '../io';
import { machineJson } from '../machineJson';

const USAGE = `Usage: sim claim FILE [--json] [--runs N] [--seed S]
       sim claim --schema

Checks a claim file (scenarios/claims/*.json): draws the inputs the claim leaves open from their plausible
ranges, reports the distribution of the claimed metric, the probability the claim holds and a verdict
(plausible, optimistic or implausible), what you would have to believe for it to hold, the overheads it
implies, and the nearest published cases. Same file, seed and runs give the same output. See docs/claims.md.

Options:
  --json      the whole report as JSON
  --runs N    Monte Carlo draws (${MIN_CLAIM_RUN_COUNT}-${MAX_CLAIM_RUN_COUNT}), replacing the file's
  --seed S    replace the file's seed
  --schema    print the JSON Schema of claim files (the text of scenarios/claims/schema.json)
  -h, --help  this help

Exit codes: 0 checked (whatever the verdict); 2 invalid input (usage, missing file, JSON, claim fields).`;

const OPTIONS = {
  json: { type: 'boolean' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  schema: { type: 'boolean' },
} as const;

/** The JSON Schema of claim files as the exact text of scenarios/claims/schema.json. */
export function claimSchemaText(): string {
  return `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;
}

function readClaimText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`;
    throw new CliError(formatFieldErrors(file, [{ path: '(file)', message: reason }]).trimEnd());
  }
}

/** The claim command. */
export const claimCommand: Command = {
  name: 'claim',
  summary: 'sanity-check a project’s performance claim file (verdict, probability, what to believe)',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, USAGE);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (values.schema) {
      if (positionals.length > 0) throw new CliError(`--schema takes no file\n\n${USAGE}`);
      io.out(claimSchemaText());
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new CliError(`claim needs exactly one claim file\n\n${USAGE}`);
    const file = positionals[0] ?? '';
    const runCount =
      values.runs === undefined
        ? undefined
        : wholeNumberOption('runs', values.runs, MIN_CLAIM_RUN_COUNT, MAX_CLAIM_RUN_COUNT);
    const parsed = parseClaimText(readClaimText(file));
    if (!parsed.ok) throw new CliError(formatFieldErrors(file, parsed.errors).trimEnd());
    const report = checkClaim(parsed.claim, {
      ...(runCount === undefined ? {} : { runCount }),
      ...(values.seed === undefined ? {} : { seed: seedOption(values.seed) }),
    });
    io.out(values.json ? machineJson(report) : formatClaimReport(report));
    return EXIT.ok;
  },
};
