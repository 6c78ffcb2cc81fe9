// Where CLI commands write, so tests can run them in-process and capture the text.

/** Output streams of a command. */
export interface CliIo {
  /** Writes to standard output (results). */
  out(text: string): void;
  /** Writes to standard error (problems, notes). */
  err(text: string): void;
}

/** Exit codes of every command (also in docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** check: at least one assertion failed. */
  assertionFailed: 1,
  /** Invalid input: usage, a missing file, broken JSON, a scenario or --set value that fails validation. */
  invalidInput: 2,
  /** The model itself failed while evaluating (a bug; please report it). */
  internalError: 3,
} as const;

/** The process's real streams. */
export const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
