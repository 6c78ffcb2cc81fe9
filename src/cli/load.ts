// Reads and validates a scenario file, turning every failure (missing file, broken JSON, invalid fields) into
// field errors that name the file.
import { readFileSync } from 'node:fs';
import type { FieldError } from '../core/params/constraints';
import { parseScenarioText } from '../core/scenario/parse';
import type { Scenario } from '../core/scenario/types';

/** A loaded scenario, or the problems that stopped it. */
export type LoadOutcome = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

function readText(file: string): { text: string } | { error: FieldError } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, not a scenario file'
          : `cannot be read (${code ?? 'unknown error'})`;
    return { error: { path: '(file)', message } };
  }
}

/** Reads a scenario file and validates it. */
export function loadScenarioFile(file: string): LoadOutcome {
  const read = readText(file);
  if ('error' in read) return { ok: false, errors: [read.error] };
  return parseScenarioText(read.text);
}
