// `schema`: prints the JSON Schema of scenario files (the same text scripts/write-schema.ts writes).
import { scenarioJsonSchema } from '../../core/scenario/schema';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliError } from '../errors';
import { EXIT } from '../io';

/** The JSON Schema as the exact text of scenarios/schema.json. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

const USAGE = `Usage: sim schema

Prints the JSON Schema (draft 2020-12) of scenario files, built from the parameter table: every parameter
with its unit, range, default and source. scenarios/schema.json holds the same text
(regenerate it with: npx tsx scripts/write-schema.ts).`;

/** The schema command. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of scenario files',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {}, USAGE);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 0)
      throw new CliError(`schema takes no arguments; got "${positionals.join(' ')}"\n\n${USAGE}`);
    io.out(schemaText());
    return EXIT.ok;
  },
};
