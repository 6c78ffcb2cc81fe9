// The shape of one CLI command.
import type { CliIo } from './io';

/** A subcommand of the CLI: its help text and what it does. Returns the exit code. */
export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** Full help, printed by --help and after a usage error. */
  usage: string;
  run(args: string[], io: CliIo): number;
}
