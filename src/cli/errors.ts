// Errors a CLI command reports to the person and exits on, without a stack trace.
import type { FieldError } from '../core/params/constraints';
import { EXIT } from './io';

/** A problem with the command line or an input file: message printed as is, exit code 2 unless said. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.invalidInput,
  ) {
    super(message);
  }
}

/** Field errors as lines "  path: message", under a heading naming where they come from. */
export function formatFieldErrors(source: string, errors: readonly FieldError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  const lines = errors.map((error) => `  ${error.path}: ${error.message}`);
  return `${source}: ${errors.length} ${noun}\n${lines.join('\n')}\n`;
}
