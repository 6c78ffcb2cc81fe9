// The CLI's dispatcher: picks the command, prints help, and turns every error into a message and an exit
// code (never a stack trace). main.ts calls it with the process arguments; tests call it directly.
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { claimCommand } from './commands/claim';
import { matrixCommand } from './commands/matrix';
import { runCommand } from './commands/run';
import { schemaCommand } from './commands/schema';
import { techniquesCommand } from './commands/techniques';
import { CliError } from './errors';
import { type CliIo, EXIT } from './io';

/** Every command, in help order. */
export const COMMANDS: readonly Command[] = [
  runCommand,
  checkCommand,
  schemaCommand,
  claimCommand,
  matrixCommand,
  techniquesCommand,
];

/** Top-level help. */
export const TOP_USAGE = `Usage: sim <command> [options]

DeAI Trade-off Simulator, headless: run scenario files and check their assertions.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(11)}${command.summary}`).join('\n')}

Run "sim <command> --help" for a command's options. Exit codes: 0 ok, 1 an assertion failed,
2 invalid input (usage, file, JSON, scenario fields, --set), 3 the model failed (a bug).
See docs/cli.md.`;

/** Runs the CLI with the arguments after the program name; returns the exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io[name === undefined ? 'err' : 'out'](`${TOP_USAGE}\n`);
    return name === undefined ? EXIT.invalidInput : EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`unknown command "${name}"\n\n${TOP_USAGE}\n`);
    return EXIT.invalidInput;
  }
  try {
    return command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`internal error: ${message}\n`);
    return EXIT.internalError;
  }
}
