// Command-line option parsing for the commands: a thin wrapper that turns parser errors into CliErrors.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseDecimalNumber } from '../core/params/numberText';
import { MAX_NAME_CHARS, showText } from '../core/scenario/limits';
import { CliError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly (unknown options are errors); --help is always accepted. */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as O & {
        help: { type: 'boolean'; short: 'h' };
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${message}\n\n${usage}`);
  }
}

/** A whole number from an option, or a CliError naming the option and the allowed range. */
export function wholeNumberOption(name: string, text: string, min: number, max: number): number {
  const value = parseDecimalNumber(text);
  if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw new CliError(`--${name}: must be a whole number from ${min} to ${max}; got ${showText(text)}`);
  }
  return value;
}

/** The text of --seed, refused past the length every seed edge allows. */
export function seedOption(text: string): string {
  if (text.length > MAX_NAME_CHARS) {
    throw new CliError(`--seed: must be at most ${MAX_NAME_CHARS} characters; got ${showText(text)}`);
  }
  return text;
}
